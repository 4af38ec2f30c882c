package dev.flextoken.adapter.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.UserProfile;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

/**
 * The request bodies, as records checked by Bean Validation once {@link BodyFields} has read them with their
 * JSON types. The messages are what the caller reads: they name the wire field.
 */
final class Requests {

    private Requests() {
    }

    /** The body of {@code POST .../Users/Provision}. {@code roles} is null when the body leaves it out. */
    record ProvisionUser(
            @NotBlank(message = "The parameter 'username' is required and must not be blank")
            @CodePointLength(min = 1, max = 256,
                    message = "The parameter 'username' must be {min} to {max} characters")
            String username,
            @CodePointLength(min = 1, max = 256,
                    message = "The parameter 'full_name' must be {min} to {max} characters")
            String fullName,
            @CodePointLength(min = 1, max = 256,
                    message = "The parameter 'email' must be {min} to {max} characters")
            String email,
            @CodePointLength(min = 1, max = 256,
                    message = "The parameter 'locale' must be {min} to {max} characters")
            String locale,
            List<Role> roles) {

        static ProvisionUser from(ObjectNode body) {
            return new ProvisionUser(BodyFields.text(body, "username"), BodyFields.text(body, "full_name"),
                    BodyFields.text(body, "email"), BodyFields.text(body, "locale"),
                    BodyFields.roles(body, "roles"));
        }

        UserProfile profile() {
            return new UserProfile(Optional.ofNullable(fullName), Optional.ofNullable(email),
                    Optional.ofNullable(locale), Optional.ofNullable(roles));
        }

        /** Personal data: named by nothing. */
        @Override
        public String toString() {
            return "ProvisionUser[...]";
        }
    }

    /** The body of {@code POST .../Users/Deprovision}; the SID's shape is checked when it is parsed. */
    record DeprovisionUser(
            @NotNull(message = "The parameter 'flex_user_sid' is required")
            String flexUserSid) {

        static DeprovisionUser from(ObjectNode body) {
            return new DeprovisionUser(BodyFields.text(body, "flex_user_sid"));
        }
    }

    /** The body of {@code POST /v1/Accounts/{AccountSid}/Tokens/validate}: any string is a token to judge. */
    record ValidateToken(
            @NotNull(message = "The parameter 'token' is required")
            String token) {

        static ValidateToken from(ObjectNode body) {
            return new ValidateToken(BodyFields.text(body, "token"));
        }

        /** A bearer credential: never printed. */
        @Override
        public String toString() {
            return "ValidateToken[...]";
        }
    }

    /**
     * The query of {@code GET .../Users}: {@code Username}, {@code PageSize}, {@code PageToken}. Null means
     * absent; {@code pageSize} is already known to be a number.
     */
    record ListUsers(
            @CodePointLength(min = 1, max = 256,
                    message = "The parameter 'Username' must be {min} to {max} characters")
            String username,
            @Min(value = 1, message = "The parameter 'PageSize' must be an integer from 1 to 1000")
            @Max(value = 1000, message = "The parameter 'PageSize' must be an integer from 1 to 1000")
            long pageSize,
            @Size(min = 1, max = 1024, message = "The parameter 'PageToken' must be {min} to {max} characters")
            String pageToken) {

        /** Personal data: named by nothing. */
        @Override
        public String toString() {
            return "ListUsers[pageSize=" + pageSize + "]";
        }
    }
}
