package dev.flextoken.adapter.persistence.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flextoken.adapter.persistence.inmemory.Credentials.Credential;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.ApiKeySid;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexTeamSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import dev.flextoken.domain.InvalidSidException;
import dev.flextoken.domain.InvalidTtlPolicyException;
import dev.flextoken.domain.Role;
import dev.flextoken.domain.RolePermissions;
import dev.flextoken.domain.TtlPolicy;
import dev.flextoken.domain.WorkerSid;
import dev.flextoken.domain.WorkspaceSid;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks a data file's tree (DESIGN §6) and turns it into {@link SeedData}, stopping at the first problem.
 *
 * <p>Every failure names the JSON path of the entry at fault and never the value found there. Fields this
 * reader does not know are ignored, so that a file may carry notes or fields of later versions.
 */
final class DataFileReader {

    private static final int MAX_TEXT_LENGTH = 256;
    private static final String ROLE_NAMES = Arrays.stream(Role.values())
            .map(Role::wireName)
            .collect(Collectors.joining(", "));

    private final String source;
    private final SecretHasher hasher;
    private final SecureRandom random;
    private final Instant loadedAt;

    private final Map<String, String> principalPaths = new HashMap<>();
    private final Map<String, Credential> credentials = new HashMap<>();
    private final Set<AccountSid> accountSids = new HashSet<>();
    private final Map<InstanceSid, String> instancePaths = new HashMap<>();
    private final Map<InstanceSid, FlexInstance> instances = new HashMap<>();
    private final Map<FlexUserSid, String> userPaths = new HashMap<>();
    private final Map<InstanceSid, Map<String, String>> usernamePaths = new HashMap<>();
    private final List<FlexUser> users = new ArrayList<>();

    /**
     * @param loadedAt the creation and update date of every user read, and the revocation time of those
     *                 read as deactivated
     */
    DataFileReader(String source, SecretHasher hasher, SecureRandom random, Instant loadedAt) {
        this.source = source;
        this.hasher = hasher;
        this.random = random;
        this.loadedAt = loadedAt;
    }

    /** @throws InvalidDataFileException naming the path of the first entry that breaks a rule */
    SeedData read(JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidDataFileException(source, "",
                    "must be a JSON object with the arrays accounts, instances and users");
        }

        JsonNode accounts = requiredArray(root, "", "accounts");
        for (int i = 0; i < accounts.size(); i++) {
            readAccount(object(accounts.get(i), "accounts[" + i + "]"), "accounts[" + i + "]");
        }

        JsonNode instanceNodes = requiredArray(root, "", "instances");
        for (int i = 0; i < instanceNodes.size(); i++) {
            readInstance(object(instanceNodes.get(i), "instances[" + i + "]"), "instances[" + i + "]");
        }

        JsonNode userNodes = requiredArray(root, "", "users");
        for (int i = 0; i < userNodes.size(); i++) {
            readUser(object(userNodes.get(i), "users[" + i + "]"), "users[" + i + "]");
        }

        return new SeedData(new Credentials(hasher, credentials, random), instances, users);
    }

    private void readAccount(JsonNode account, String path) {
        AccountSid sid = requiredSid(account, path, "sid", AccountSid::parse);
        byte[] authToken = hasher.hash(requiredText(account, path, "auth_token"));

        addPrincipal(sid.value(), path + ".sid", new Credential(sid, authToken));
        accountSids.add(sid);

        Optional<JsonNode> apiKeys = optionalArray(account, path, "api_keys");
        if (apiKeys.isPresent()) {
            for (int i = 0; i < apiKeys.get().size(); i++) {
                String keyPath = path + ".api_keys[" + i + "]";
                JsonNode apiKey = object(apiKeys.get().get(i), keyPath);

                ApiKeySid keySid = requiredSid(apiKey, keyPath, "sid", ApiKeySid::parse);
                byte[] secret = hasher.hash(requiredText(apiKey, keyPath, "secret"));
                addPrincipal(keySid.value(), keyPath + ".sid", new Credential(sid, secret));
            }
        }
    }

    private void addPrincipal(String principal, String path, Credential credential) {
        String earlier = principalPaths.putIfAbsent(principal, path);
        if (earlier != null) {
            throw new InvalidDataFileException(source, path, "duplicates " + earlier);
        }
        credentials.put(principal, credential);
    }

    private void readInstance(JsonNode instance, String path) {
        InstanceSid sid = requiredSid(instance, path, "sid", InstanceSid::parse);
        String earlier = instancePaths.putIfAbsent(sid, path + ".sid");
        if (earlier != null) {
            throw new InvalidDataFileException(source, path + ".sid", "duplicates " + earlier);
        }

        AccountSid account = requiredSid(instance, path, "account_sid", AccountSid::parse);
        if (!accountSids.contains(account)) {
            throw new InvalidDataFileException(source, path + ".account_sid",
                    "names " + account + ", which is not among the accounts");
        }

        Optional<TtlPolicy> ttl = optionalObject(instance, path, "ttl").map(node -> ttlPolicy(node, path + ".ttl"));
        RolePermissions roles = optionalObject(instance, path, "role_permissions")
                .map(node -> rolePermissions(node, path + ".role_permissions"))
                .orElse(RolePermissions.none());

        instances.put(sid, new FlexInstance(sid, account, ttl, roles));
    }

    private TtlPolicy ttlPolicy(JsonNode ttl, String path) {
        long defaultSeconds = ttlSeconds(ttl, path, "default");
        long minSeconds = ttlSeconds(ttl, path, "min");
        long maxSeconds = ttlSeconds(ttl, path, "max");
        try {
            return new TtlPolicy(defaultSeconds, minSeconds, maxSeconds);
        } catch (InvalidTtlPolicyException incoherent) {
            // The domain names the setting as ttl.min and so on; the path says where that setting sits.
            String field = incoherent.setting().substring(incoherent.setting().lastIndexOf('.') + 1);
            String problem = withoutLead(incoherent.getMessage(), "The setting '" + incoherent.setting() + "' ");
            throw new InvalidDataFileException(source, path + "." + field, problem);
        }
    }

    private long ttlSeconds(JsonNode ttl, String path, String field) {
        JsonNode node = ttl.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidDataFileException(source, path + "." + field,
                    "is required: an instance's ttl gives all of default, min and max, in seconds");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidDataFileException(source, path + "." + field, "must be a whole number of seconds");
        }
        return node.longValue();
    }

    private RolePermissions rolePermissions(JsonNode table, String path) {
        Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            String rolePath = path + "." + entry.getKey();
            Role role = Role.fromWireName(entry.getKey())
                    .orElseThrow(() -> new InvalidDataFileException(source, rolePath,
                            "is not a role; expected one of " + ROLE_NAMES));
            byRole.put(role, texts(entry.getValue(), rolePath));
        }
        return RolePermissions.of(byRole);
    }

    private void readUser(JsonNode user, String path) {
        FlexUserSid sid = requiredSid(user, path, "sid", FlexUserSid::parse);
        String earlier = userPaths.putIfAbsent(sid, path + ".sid");
        if (earlier != null) {
            throw new InvalidDataFileException(source, path + ".sid", "duplicates " + earlier);
        }

        InstanceSid instanceSid = requiredSid(user, path, "instance_sid", InstanceSid::parse);
        FlexInstance instance = instances.get(instanceSid);
        if (instance == null) {
            throw new InvalidDataFileException(source, path + ".instance_sid",
                    "names " + instanceSid + ", which is not among the instances");
        }

        String username = requiredText(user, path, "username");
        String sameName = usernamePaths.computeIfAbsent(instanceSid, any -> new HashMap<>())
                .putIfAbsent(username, path + ".username");
        if (sameName != null) {
            // Says where the other user is, not the username: usernames are personal data.
            throw new InvalidDataFileException(source, path + ".username",
                    "duplicates " + sameName + " in the same instance");
        }

        boolean deactivated = optionalBoolean(user, path, "deactivated").orElse(false);
        Optional<Instant> revokedAt = deactivated ? Optional.of(loadedAt) : Optional.empty();

        users.add(new FlexUser(sid, instance.accountSid(), instanceSid, username,
                optionalText(user, path, "identity").orElse(username),
                optionalText(user, path, "full_name"),
                optionalText(user, path, "email"),
                optionalText(user, path, "locale"),
                roles(user, path),
                optionalArray(user, path, "permissions").map(node -> texts(node, path + ".permissions"))
                        .orElse(List.of()),
                optionalSid(user, path, "worker_sid", WorkerSid::parse),
                optionalSid(user, path, "workspace_sid", WorkspaceSid::parse),
                optionalSid(user, path, "flex_team_sid", FlexTeamSid::parse),
                deactivated, revokedAt, loadedAt, loadedAt, 1, revokedAt));
    }

    private List<Role> roles(JsonNode user, String path) {
        Optional<JsonNode> names = optionalArray(user, path, "roles");
        if (names.isEmpty()) {
            return List.of();
        }

        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < names.get().size(); i++) {
            String rolePath = path + ".roles[" + i + "]";
            Role role = Role.fromWireName(text(names.get().get(i), rolePath))
                    .orElseThrow(() -> new InvalidDataFileException(source, rolePath,
                            "is not a role; expected one of " + ROLE_NAMES));
            if (roles.contains(role)) {
                throw new InvalidDataFileException(source, rolePath, "repeats a role given before");
            }
            roles.add(role);
        }
        return roles;
    }

    // ---- field readers: each names the path at fault and never the value found there ----

    private <T> T requiredSid(JsonNode object, String path, String field, BiFunction<String, String, T> parse) {
        return sid(required(object, path, field), path + "." + field, parse);
    }

    private <T> Optional<T> optionalSid(JsonNode object, String path, String field,
                                        BiFunction<String, String, T> parse) {
        return optional(object, field).map(node -> sid(node, path + "." + field, parse));
    }

    private <T> T sid(JsonNode node, String path, BiFunction<String, String, T> parse) {
        String raw = text(node, path);
        try {
            return parse.apply(raw, path);
        } catch (InvalidSidException malformed) {
            throw new InvalidDataFileException(source, path,
                    withoutLead(malformed.getMessage(), "The parameter '" + path + "' "));
        }
    }

    private String requiredText(JsonNode object, String path, String field) {
        return text(required(object, path, field), path + "." + field);
    }

    private Optional<String> optionalText(JsonNode object, String path, String field) {
        return optional(object, field).map(node -> text(node, path + "." + field));
    }

    private String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new InvalidDataFileException(source, path, "must be a string");
        }
        String text = node.textValue();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_TEXT_LENGTH || text.isBlank()) {
            throw new InvalidDataFileException(source, path,
                    "must be a string of 1 to " + MAX_TEXT_LENGTH + " characters, not only blanks");
        }
        return text;
    }

    private List<String> texts(JsonNode array, String path) {
        if (!array.isArray()) {
            throw new InvalidDataFileException(source, path, "must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            texts.add(text(array.get(i), path + "[" + i + "]"));
        }
        return texts;
    }

    private Optional<Boolean> optionalBoolean(JsonNode object, String path, String field) {
        return optional(object, field).map(node -> {
            if (!node.isBoolean()) {
                throw new InvalidDataFileException(source, path + "." + field, "must be true or false");
            }
            return node.booleanValue();
        });
    }

    private JsonNode requiredArray(JsonNode object, String path, String field) {
        return array(required(object, path, field), join(path, field));
    }

    private Optional<JsonNode> optionalArray(JsonNode object, String path, String field) {
        return optional(object, field).map(node -> array(node, join(path, field)));
    }

    private JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new InvalidDataFileException(source, path, "must be an array");
        }
        return node;
    }

    private Optional<JsonNode> optionalObject(JsonNode object, String path, String field) {
        return optional(object, field).map(node -> object(node, path + "." + field));
    }

    private JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidDataFileException(source, path, "must be an object");
        }
        return node;
    }

    private JsonNode required(JsonNode object, String path, String field) {
        return optional(object, field)
                .orElseThrow(() -> new InvalidDataFileException(source, join(path, field), "is required"));
    }

    /** A field given as JSON {@code null} counts as left out. */
    private static Optional<JsonNode> optional(JsonNode object, String field) {
        return Optional.ofNullable(object.get(field)).filter(node -> !node.isNull());
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The domain's messages open with the name of what they check; the JSON path takes that place here. */
    private static String withoutLead(String message, String lead) {
        return message.startsWith(lead) ? message.substring(lead.length()) : message;
    }
}
