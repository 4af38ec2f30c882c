package dev.flextoken.adapter.persistence.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flextoken.application.port.out.CheckCredentialsPort;
import dev.flextoken.application.port.out.LoadFlexUserPort;
import dev.flextoken.application.port.out.LoadInstancePort;
import dev.flextoken.application.port.out.ReportReadinessPort;
import dev.flextoken.application.port.out.SaveFlexUserPort;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexInstance;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts, instances and users held in memory, seeded from a JSON data file (DESIGN §6).
 *
 * <p>Accounts, their API keys and instances are fixed once loaded; users can be inserted and updated. Secrets
 * are kept only as HMAC-SHA256 hashes under a key drawn at load from the injected {@link SecureRandom}.
 *
 * <p>Safe for any number of concurrent readers and writers. Reads take no lock; writes to one instance take
 * turns, so that a username is taken exactly once and an update's version check and write are one step. No
 * method ever throws {@link dev.flextoken.application.port.out.StoreUnavailableException}: memory is always
 * reachable, and {@link #isReady()} is true from construction on.
 *
 * <p>Nothing here is durable: users provisioned at run time are gone at the next start.
 *
 * <p>The data file, checked strictly at load (the first problem stops it, see {@link InvalidDataFileException}):
 * <ul>
 *   <li>one JSON object with the arrays {@code accounts}, {@code instances} and {@code users}, all three
 *       required (possibly empty); no duplicate keys; fields not named here are ignored;</li>
 *   <li>an account: {@code sid}, {@code auth_token}, optional {@code api_keys} of {@code sid} and
 *       {@code secret}; an API key acts for the account that lists it;</li>
 *   <li>an instance: {@code sid}, {@code account_sid} of a listed account, optional {@code ttl} (then with all
 *       of {@code default}, {@code min} and {@code max}, whole seconds) and optional {@code role_permissions}
 *       (role wire name to permission list);</li>
 *   <li>a user: {@code sid}, {@code instance_sid} of a listed instance, {@code username} (unique in its
 *       instance), optional {@code identity} (default: the username), {@code full_name}, {@code email},
 *       {@code locale}, {@code roles}, {@code permissions}, {@code worker_sid}, {@code workspace_sid},
 *       {@code flex_team_sid} and {@code deactivated} (default false). A user's account is its instance's.
 *       Every user is created at load time as version 1; one loaded as deactivated has its tokens revoked up
 *       to load time;</li>
 *   <li>SIDs in either hex case, each at most once across the file; every string 1 to 256 characters, not
 *       only blanks; a field given as {@code null} counts as left out.</li>
 * </ul>
 */
public final class InMemoryStore implements CheckCredentialsPort, LoadInstancePort, LoadFlexUserPort,
        SaveFlexUserPort, ReportReadinessPort {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryStore.class);

    private final String source;
    private final Credentials credentials;
    private final Map<InstanceSid, FlexInstance> instances;
    private final Map<InstanceSid, InstanceUsers> usersByInstance;
    // User SIDs are unique across instances; a SID once taken is never given back (users are not deleted).
    private final Set<FlexUserSid> takenUserSids = ConcurrentHashMap.newKeySet();

    private InMemoryStore(String source, SeedData seed) {
        this.source = source;
        this.credentials = seed.credentials();
        this.instances = seed.instances();

        Map<InstanceSid, InstanceUsers> users = new HashMap<>();
        instances.keySet().forEach(sid -> users.put(sid, new InstanceUsers()));
        this.usersByInstance = Map.copyOf(users);

        for (FlexUser user : seed.users()) {
            if (!insert(user)) {
                throw new IllegalStateException("The checked data of " + source + " repeats the user " + user.sid());
            }
        }
    }

    /**
     * Loads a data file.
     *
     * @param dataFile the JSON data file; its path names it in failure messages
     * @param clock    the time every loaded user is created at (and deactivated at, when the file says so)
     * @param random   where the key of the secret hashes comes from, drawn anew at each load
     * @return a ready store; never null
     * @throws InvalidDataFileException when the file cannot be read or breaks a rule of the format
     */
    public static InMemoryStore fromFile(Path dataFile, Clock clock, SecureRandom random) {
        String source = dataFile.toString();
        byte[] json;
        try {
            json = Files.readAllBytes(dataFile);
        } catch (IOException unreadable) {
            throw new InvalidDataFileException(source, "cannot be read (" + unreadable.getClass().getSimpleName()
                    + ")", unreadable);
        }
        return load(source, new StrictJson(source).parse(json), clock, random);
    }

    /**
     * Loads data given as text, such as a demo data set read from the class path.
     *
     * @param json       the data, in the data file format
     * @param sourceName names the data in failure messages, such as {@code demo-data.json}
     * @param clock      the time every loaded user is created at (and deactivated at, when the data says so)
     * @param random     where the key of the secret hashes comes from, drawn anew at each load
     * @return a ready store; never null
     * @throws InvalidDataFileException when the data breaks a rule of the format
     */
    public static InMemoryStore fromJson(String json, String sourceName, Clock clock, SecureRandom random) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sourceName, "sourceName");
        return load(sourceName, new StrictJson(sourceName).parse(json), clock, random);
    }

    /**
     * @param random where the key of the secret hashes comes from, drawn anew at each load
     * @return a ready store with no account, instance or user, which therefore authenticates nobody
     */
    public static InMemoryStore empty(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        SecretHasher hasher = new SecretHasher(random);
        return new InMemoryStore("(empty)", new SeedData(new Credentials(hasher, Map.of(), random), Map.of(),
                List.of()));
    }

    private static InMemoryStore load(String source, JsonNode root, Clock clock, SecureRandom random) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");

        SeedData seed = new DataFileReader(source, new SecretHasher(random), random, clock.instant()).read(root);
        InMemoryStore store = new InMemoryStore(source, seed);

        LOG.info("Loaded {} principals, {} instances and {} users from {}", seed.credentials().size(),
                seed.instances().size(), seed.users().size(), source);
        return store;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The principal is an account SID ({@code AC}) or an API key SID ({@code SK}) in either hex case; any
     * other string is an unknown principal. Never throws, and a null secret matches nothing.
     */
    @Override
    public Optional<AccountSid> accountFor(String principal, String secret) {
        return credentials.accountFor(principal, secret);
    }

    /**
     * {@inheritDoc}
     *
     * @param sid the instance's SID, never null
     * @throws NullPointerException naming {@code sid} when it is null
     */
    @Override
    public Optional<FlexInstance> loadInstance(InstanceSid sid) {
        Objects.requireNonNull(sid, "sid");
        return Optional.ofNullable(instances.get(sid));
    }

    /**
     * {@inheritDoc}
     *
     * @param instance the instance's SID, never null
     * @param user     the user's SID, never null
     * @throws NullPointerException naming the parameter that is null
     */
    @Override
    public Optional<FlexUser> loadUser(InstanceSid instance, FlexUserSid user) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(user, "user");
        return usersOf(instance).flatMap(users -> users.find(user));
    }

    /**
     * {@inheritDoc}
     *
     * @param instance the instance's SID, never null
     * @param username the username, compared exactly (case and blanks count); never null
     * @throws NullPointerException naming the parameter that is null
     */
    @Override
    public Optional<FlexUser> loadUserByUsername(InstanceSid instance, String username) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(username, "username");
        return usersOf(instance).flatMap(users -> users.findByUsername(username));
    }

    /**
     * {@inheritDoc}
     *
     * <p>SIDs are compared as strings; they are kept with lower-case hex, so this is also their hex order.
     *
     * @param instance the instance's SID, never null
     * @param after    never null; empty to start at the first user
     * @throws NullPointerException     naming the parameter that is null
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    @Override
    public List<FlexUser> loadUsers(InstanceSid instance, Optional<FlexUserSid> after, int limit) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least 1 user, not " + limit);
        }
        return usersOf(instance).map(users -> users.page(after, limit)).orElse(List.of());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Also false when the user's instance is unknown or belongs to another account than the user says,
     * or when its SID is taken by a user of any instance.
     *
     * @param user the new user, never null
     * @throws NullPointerException naming {@code user} when it is null
     */
    @Override
    public boolean insert(FlexUser user) {
        Objects.requireNonNull(user, "user");
        Optional<FlexInstance> instance = loadInstance(user.instanceSid());
        if (instance.isEmpty() || !instance.get().isOwnedBy(user.accountSid())) {
            LOG.debug("Refused to insert user {}: instance {} unknown or of another account", user.sid(),
                    user.instanceSid());
            return false;
        }

        boolean inserted = usersByInstance.get(user.instanceSid()).insert(user, takenUserSids::add);
        if (!inserted) {
            LOG.debug("Refused to insert user {} into {}: SID or username taken", user.sid(), user.instanceSid());
        }
        return inserted;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Also false when the change moves the user to another account, or renames it to a username another
     * user of the instance holds.
     *
     * @param changed the user as it is to be, never null
     * @throws NullPointerException naming {@code changed} when it is null
     */
    @Override
    public boolean update(FlexUser changed) {
        Objects.requireNonNull(changed, "changed");
        boolean updated = usersOf(changed.instanceSid()).map(users -> users.update(changed)).orElse(false);
        if (!updated) {
            LOG.debug("Refused to update user {} to version {}", changed.sid(), changed.version());
        }
        return updated;
    }

    /** @return true: the store exists only once its data is loaded, and memory is always reachable */
    @Override
    public boolean isReady() {
        return true;
    }

    private Optional<InstanceUsers> usersOf(InstanceSid instance) {
        return Optional.ofNullable(usersByInstance.get(instance));
    }

    /** Names the source and counts only: never a secret, hash or user field. */
    @Override
    public String toString() {
        int users = usersByInstance.values().stream().mapToInt(InstanceUsers::size).sum();
        return "InMemoryStore[source=" + source + ", principals=" + credentials.size() + ", instances="
                + instances.size() + ", users=" + users + "]";
    }
}
