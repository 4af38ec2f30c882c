package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.domain.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the fields of a JSON body with the JSON types they must have: the type strictness that Bean
 * Validation cannot see once a value is bound. Absent fields read as null (or empty); fields the API does not
 * know are ignored. Every refusal is a 400 naming the field, never its value.
 */
final class BodyFields {

    private static final String ROLE_NAMES = Stream.of(Role.values())
            .map(Role::wireName)
            .collect(Collectors.joining(", "));

    private BodyFields() {
    }

    /** @return the field's string, or null when absent; JSON {@code null} and other types are refused */
    static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.invalidParameter("The parameter '" + field + "' must be a string");
        }
        return value.textValue();
    }

    /**
     * A JSON integer within the range of a long: not a string, a float ({@code 3600.0}), an exponent
     * ({@code 3.6e3}), {@code null}, a boolean, an array or an object. An integer beyond a long is refused as
     * out of range, not as no integer: the range a use case accepts is not known here.
     *
     * @param meaning what the field must be, completing "The parameter 'ttl' must be ..."
     * @return the field's value, or empty when absent
     */
    static OptionalLong integer(ObjectNode body, String field, String meaning) {
        JsonNode value = body.get(field);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber()) {
            throw ApiException.invalidParameter("The parameter '" + field + "' must be " + meaning);
        }
        if (!value.canConvertToLong()) {
            throw ApiException.invalidParameter("The parameter '" + field
                    + "' lies outside the range of accepted values");
        }
        return OptionalLong.of(value.longValue());
    }

    /**
     * @return the roles named by the field's array of wire names, each once in first-named order, or null when
     *         the field is absent
     */
    static List<Role> roles(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiException.invalidParameter("The parameter '" + field + "' must be an array of role names");
        }

        List<Role> roles = new ArrayList<>();
        for (JsonNode element : value) {
            Role role = element.isTextual() ? Role.fromWireName(element.textValue()).orElse(null) : null;
            if (role == null) {
                throw ApiException.invalidParameter("The parameter '" + field + "' may only hold the roles "
                        + ROLE_NAMES);
            }
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
