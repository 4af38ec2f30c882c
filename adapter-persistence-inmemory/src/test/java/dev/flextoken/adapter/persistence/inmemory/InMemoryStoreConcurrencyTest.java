package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.application.port.in.ProvisionUserUseCase.Created;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionResult;
import dev.flextoken.application.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import dev.flextoken.application.port.in.ProvisionUserUseCase.Updated;
import dev.flextoken.application.service.RandomIds;
import dev.flextoken.application.service.UserLifecycleService;
import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.CLOCK;
import static dev.flextoken.adapter.persistence.inmemory.TestData.USER_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.instance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many writers at once. Each test is bounded by a timeout so that a deadlock fails it instead of hanging the
 * build; nothing here asserts how fast anything runs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InMemoryStoreConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;

    private final InMemoryStore store = TestData.sampleStore();

    @Test
    void provisionWhenEightThreadsProvisionTheSameUsernamesThenOneUserPerUsername() throws Exception {
        UserLifecycleService users = new UserLifecycleService(store, store, store,
                new RandomIds(new SecureRandom()), CLOCK);
        Map<String, AtomicInteger> createdPerUsername = new ConcurrentHashMap<>();

        runTogether(thread -> {
            for (int i = 0; i < PER_THREAD; i++) {
                String username = "user-" + i;
                ProvisionResult result = users.provision(new ProvisionUserCommand(new AccountSid(ACCOUNT_SID),
                        instance(), username, UserProfile.empty()));
                assertThat(result).isInstanceOfAny(Created.class, Updated.class);
                if (result instanceof Created) {
                    createdPerUsername.computeIfAbsent(username, any -> new AtomicInteger()).incrementAndGet();
                }
            }
        });

        List<FlexUser> stored = store.loadUsers(instance(), Optional.empty(), 1000);
        assertThat(stored).hasSize(PER_THREAD + 1);
        assertThat(stored).extracting(FlexUser::username).doesNotHaveDuplicates();
        assertThat(createdPerUsername).hasSize(PER_THREAD);
        assertThat(createdPerUsername.values()).allSatisfy(created -> assertThat(created.get()).isEqualTo(1));
        for (int i = 0; i < PER_THREAD; i++) {
            assertThat(store.loadUserByUsername(instance(), "user-" + i)).isPresent();
        }
    }

    @Test
    void insertWhenEightThreadsRaceForEachUsernameThenExactlyOneInsertWins() throws Exception {
        Map<String, AtomicInteger> winsPerUsername = new ConcurrentHashMap<>();
        RandomIds ids = new RandomIds(new SecureRandom());

        runTogether(thread -> {
            for (int i = 0; i < PER_THREAD; i++) {
                String username = "racer-" + i;
                if (store.insert(TestData.newUser(ids.newFlexUserSid(), username))) {
                    winsPerUsername.computeIfAbsent(username, any -> new AtomicInteger()).incrementAndGet();
                }
            }
        });

        assertThat(winsPerUsername).hasSize(PER_THREAD);
        assertThat(winsPerUsername.values()).allSatisfy(wins -> assertThat(wins.get()).isEqualTo(1));
        assertThat(store.loadUsers(instance(), Optional.empty(), 1000)).hasSize(PER_THREAD + 1);
    }

    @Test
    void updateWhenEightThreadsChangeOneUserThenEveryChangeCountsOnce() throws Exception {
        FlexUserSid jane = new FlexUserSid(USER_SID);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger readerMisses = new AtomicInteger();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<?> reads = reader.submit(() -> {
            while (writing.get()) {
                if (store.loadUser(instance(), jane).isEmpty()
                        || store.loadUserByUsername(instance(), "Jane").isEmpty()) {
                    readerMisses.incrementAndGet();
                }
            }
        });

        try {
            runTogether(thread -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    UserProfile profile = new UserProfile(Optional.of("Jane " + thread + "-" + i), Optional.empty(),
                            Optional.empty(), Optional.empty());
                    boolean updated = false;
                    while (!updated) {
                        FlexUser current = store.loadUser(instance(), jane).orElseThrow();
                        updated = store.update(current.reprovision(profile, CLOCK.instant()));
                    }
                }
            });
        } finally {
            writing.set(false);
            reads.get(30, TimeUnit.SECONDS);
            reader.shutdown();
        }

        FlexUser stored = store.loadUser(instance(), jane).orElseThrow();
        assertThat(stored.version()).isEqualTo(1 + (long) THREADS * PER_THREAD);
        assertThat(readerMisses.get()).isZero();
    }

    @Test
    void loadUserByUsernameWhenRenamedBackAndForthMeanwhileThenFindsOnlyTheUserOfThatName() throws Exception {
        FlexUserSid jane = new FlexUserSid(USER_SID);
        int writers = 2;
        int renamesPerWriter = 1000;
        AtomicInteger writersLeft = new AtomicInteger(writers);
        AtomicInteger reads = new AtomicInteger();

        runTogether(thread -> {
            if (thread < writers) {
                try {
                    for (int i = 0; i < renamesPerWriter; i++) {
                        boolean updated = false;
                        while (!updated) {
                            FlexUser current = store.loadUser(instance(), jane).orElseThrow();
                            updated = store.update(renamed(current,
                                    current.username().equals("Jane") ? "Janet" : "Jane"));
                        }
                    }
                } finally {
                    writersLeft.decrementAndGet();
                }
                return;
            }
            do {
                for (String name : List.of("Jane", "Janet")) {
                    Optional<FlexUser> found = store.loadUserByUsername(instance(), name);
                    found.ifPresent(user -> {
                        assertThat(user.username()).isEqualTo(name);
                        assertThat(user.sid()).isEqualTo(jane);
                    });
                }
                assertThat(store.loadUser(instance(), jane)).isPresent();
                reads.incrementAndGet();
            } while (writersLeft.get() > 0);
        });

        // An even number of renames in all: Jane is Jane again, and Janet names nobody.
        FlexUser stored = store.loadUser(instance(), jane).orElseThrow();
        assertThat(stored.version()).isEqualTo(1 + (long) writers * renamesPerWriter);
        assertThat(stored.username()).isEqualTo("Jane");
        assertThat(store.loadUserByUsername(instance(), "Jane")).contains(stored);
        assertThat(store.loadUserByUsername(instance(), "Janet")).isEmpty();
        assertThat(reads.get()).isGreaterThanOrEqualTo(THREADS - writers);
    }

    /** @return the next version of {@code user}, under another username */
    private static FlexUser renamed(FlexUser user, String username) {
        return new FlexUser(user.sid(), user.accountSid(), user.instanceSid(), username, user.identity(),
                user.fullName(), user.email(), user.locale(), user.roles(), user.ownPermissions(), user.workerSid(),
                user.workspaceSid(), user.flexTeamSid(), user.deactivated(), user.deactivatedDate(),
                user.createdDate(), CLOCK.instant(), user.version() + 1, user.tokensRevokedBefore());
    }

    /** Runs {@code work} on {@link #THREADS} threads started together, and rethrows the first failure. */
    private static void runTogether(ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Callable<Void> task = () -> {
                    start.await();
                    work.run(thread);
                    return null;
                };
                done.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadWork {
        void run(int thread) throws Exception;
    }
}
