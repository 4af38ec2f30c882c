package dev.flextoken.archfixture.application.service;

import java.time.Duration;

/** Follows every rule: settings beside the services are not services, so they implement no in-port. */
public record FixtureSettings(String issuer, Duration clockSkew) {
}
