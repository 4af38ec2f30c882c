package dev.flextoken.archfixture.domain;

/** Follows every rule: a value object built from the JDK alone. */
public record FixtureSid(String value) {
}
