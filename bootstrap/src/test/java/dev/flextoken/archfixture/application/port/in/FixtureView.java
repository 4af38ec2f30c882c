package dev.flextoken.archfixture.application.port.in;

import dev.flextoken.archfixture.domain.FixtureSid;

/** Follows every rule: a record returned by an in-port may live beside it. */
public record FixtureView(FixtureSid sid, String label) {
}
