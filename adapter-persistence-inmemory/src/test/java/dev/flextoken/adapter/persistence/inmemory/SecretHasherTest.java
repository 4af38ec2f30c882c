package dev.flextoken.adapter.persistence.inmemory;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SecretHasherTest {

    @Test
    void hashWhenSameSecretTwiceThenSameHash() {
        SecretHasher hasher = new SecretHasher(new SecureRandom());

        assertThat(hasher.hash("secret")).isEqualTo(hasher.hash("secret")).hasSize(hasher.length());
    }

    @Test
    void hashWhenKeysDifferThenHashesDiffer() {
        byte[] first = new SecretHasher(new SecureRandom()).hash("secret");
        byte[] second = new SecretHasher(new SecureRandom()).hash("secret");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void hashWhenSecretChangesThenHashChanges() {
        SecretHasher hasher = new SecretHasher(new SecureRandom());

        assertThat(hasher.hash("secret")).isNotEqualTo(hasher.hash("secreT"));
    }
}
