package dev.flextoken.adapter.http;

import java.time.Clock;
import java.time.Duration;

/** Starts a real server on a free port in front of a fake world. */
final class Servers {

    private Servers() {
    }

    /** A server whose failed-authentication limit is out of the way of the tests. */
    static HttpApi.Server start(FakeWorld world) {
        return start(world, FakeWorld.CLOCK, 10_000);
    }

    static HttpApi.Server start(FakeWorld world, Clock clock, int maxFailedAuthentications) {
        return HttpApi.builder()
                .authenticateCaller(world)
                .issueToken(world)
                .validateToken(world)
                .provisionUser(world)
                .deprovisionUser(world)
                .findUsers(world)
                .checkReadiness(world)
                .clock(clock)
                .failedAuthenticationLimit(maxFailedAuthentications, Duration.ofSeconds(60))
                .build()
                .start("127.0.0.1", 0);
    }
}
