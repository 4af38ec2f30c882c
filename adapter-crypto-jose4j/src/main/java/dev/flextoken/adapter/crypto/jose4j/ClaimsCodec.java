package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenInfo;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes and reads the token's JWT claims set (RFC 7519 §4.1 plus the token_info fields) with Jackson's
 * streaming API: one pass each way, no intermediate tree or map.
 */
final class ClaimsCodec {

    /** Sized to hold a typical claims set without growing. */
    private static final int INITIAL_CAPACITY = 512;

    private ClaimsCodec() {
    }

    /** @return the claims as UTF-8 JSON; times in whole seconds, {@code exp} equal to the expiration */
    static byte[] write(TokenClaims claims) {
        TokenInfo info = claims.tokenInfo();
        long expiration = info.expiration().getEpochSecond();

        ByteArrayBuilder out = new ByteArrayBuilder(INITIAL_CAPACITY);
        try (JsonGenerator json = StrictJson.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("iss", claims.issuer());
            json.writeStringField("sub", info.flexUserSid().value());
            json.writeStringField("aud", info.instanceSid().value());
            json.writeNumberField("iat", claims.issuedAt().getEpochSecond());
            json.writeNumberField("nbf", claims.notBefore().getEpochSecond());
            json.writeNumberField("exp", expiration);
            json.writeStringField("jti", claims.tokenId());

            json.writeStringField("account_sid", info.accountSid().value());
            String expirationText = DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(expiration));
            json.writeStringField("expiration", expirationText);
            json.writeStringField("flex_instance_sid", info.instanceSid().value());
            json.writeStringField("flex_user_sid", info.flexUserSid().value());
            json.writeStringField("identity", info.identity());
            json.writeArrayFieldStart("permissions");
            for (String permission : info.permissions()) {
                json.writeString(permission);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("roles");
            for (Role role : info.roles()) {
                json.writeString(role.wireName());
            }
            json.writeEndArray();
            json.writeStringField("username", info.username());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Claims could not be written to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a claims set, requiring every field with its JSON type, well-formed SIDs, and {@code sub}, {@code aud}
     * and {@code exp} that agree with the token_info fields. Unknown fields are ignored.
     *
     * @return the claims, or empty when anything is missing, mistyped, duplicated or inconsistent
     */
    static Optional<TokenClaims> read(byte[] utf8) {
        try (JsonParser json = StrictJson.FACTORY.createParser(utf8)) {
            return Optional.ofNullable(readObject(json));
        } catch (IOException | RuntimeException e) {
            // Jackson's parse errors, DateTimeException, InvalidSidException: all mean the claims are malformed.
            return Optional.empty();
        }
    }

    private static TokenClaims readObject(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Fields fields = new Fields();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            fields.accept(name, value, json);
        }
        if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
            return null;
        }
        return fields.toClaims();
    }

    /** The fields read so far; null until seen. */
    private static final class Fields {
        String iss;
        String sub;
        String aud;
        Long iat;
        Long nbf;
        Long exp;
        String jti;
        String accountSid;
        String expiration;
        String instanceSid;
        String userSid;
        String identity;
        List<String> permissions;
        List<String> roles;
        String username;

        /** Throws when the value has the wrong JSON type; unknown fields are skipped. */
        void accept(String name, JsonToken value, JsonParser json) throws IOException {
            switch (name) {
                case "iss" -> iss = text(value, json);
                case "sub" -> sub = text(value, json);
                case "aud" -> aud = text(value, json);
                case "iat" -> iat = seconds(value, json);
                case "nbf" -> nbf = seconds(value, json);
                case "exp" -> exp = seconds(value, json);
                case "jti" -> jti = text(value, json);
                case "account_sid" -> accountSid = text(value, json);
                case "expiration" -> expiration = text(value, json);
                case "flex_instance_sid" -> instanceSid = text(value, json);
                case "flex_user_sid" -> userSid = text(value, json);
                case "identity" -> identity = text(value, json);
                case "permissions" -> permissions = texts(value, json);
                case "roles" -> roles = texts(value, json);
                case "username" -> username = text(value, json);
                default -> json.skipChildren();
            }
        }

        TokenClaims toClaims() {
            if (iss == null || sub == null || aud == null || iat == null || nbf == null || exp == null
                    || jti == null || accountSid == null || expiration == null || instanceSid == null
                    || userSid == null || identity == null || permissions == null || roles == null
                    || username == null) {
                return null;
            }
            if (!sub.equals(userSid) || !aud.equals(instanceSid)) {
                return null;
            }
            // We write the one ISO form of exp; comparing texts is exact and cheaper than parsing the date.
            Instant expiresAt = Instant.ofEpochSecond(exp);
            if (!DateTimeFormatter.ISO_INSTANT.format(expiresAt).equals(expiration)) {
                return null;
            }
            List<Role> parsedRoles = new ArrayList<>(roles.size());
            for (String wireName : roles) {
                Optional<Role> role = Role.fromWireName(wireName);
                if (role.isEmpty()) {
                    return null;
                }
                parsedRoles.add(role.get());
            }

            TokenInfo info = new TokenInfo(new AccountSid(accountSid), expiresAt, new InstanceSid(instanceSid),
                    new FlexUserSid(userSid), identity, permissions, parsedRoles, username);
            return new TokenClaims(iss, Instant.ofEpochSecond(iat), Instant.ofEpochSecond(nbf), jti, info);
        }

        /** A wrong type throws, so that the whole claims set counts as malformed. */
        private static String text(JsonToken value, JsonParser json) throws IOException {
            if (value != JsonToken.VALUE_STRING) {
                throw new IOException("expected a string");
            }
            return json.getText();
        }

        private static Long seconds(JsonToken value, JsonParser json) throws IOException {
            if (value != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT
                    && json.getNumberType() != JsonParser.NumberType.LONG) {
                throw new IOException("expected whole seconds");
            }
            return json.getLongValue();
        }

        private static List<String> texts(JsonToken value, JsonParser json) throws IOException {
            if (value != JsonToken.START_ARRAY) {
                throw new IOException("expected an array");
            }
            List<String> items = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
                items.add(text(json.currentToken(), json));
            }
            return items;
        }
    }
}
