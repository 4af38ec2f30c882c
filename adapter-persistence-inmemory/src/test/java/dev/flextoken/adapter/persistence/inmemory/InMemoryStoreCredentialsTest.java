package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.AccountSid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.Locale;

import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.API_KEY_SECRET;
import static dev.flextoken.adapter.persistence.inmemory.TestData.API_KEY_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.AUTH_TOKEN;
import static dev.flextoken.adapter.persistence.inmemory.TestData.CLOCK;
import static dev.flextoken.adapter.persistence.inmemory.TestData.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

class InMemoryStoreCredentialsTest {

    private static final AccountSid ACCOUNT = new AccountSid(ACCOUNT_SID);

    private final InMemoryStore store = TestData.sampleStore();

    @Test
    void accountForWhenAccountSidAndAuthTokenThenAccount() {
        assertThat(store.accountFor(ACCOUNT_SID, AUTH_TOKEN)).contains(ACCOUNT);
    }

    @Test
    void accountForWhenApiKeySidAndSecretThenAccountOfTheKey() {
        assertThat(store.accountFor(API_KEY_SID, API_KEY_SECRET)).contains(ACCOUNT);
    }

    @Test
    void accountForWhenAccountSidWithWrongSecretThenEmpty() {
        assertThat(store.accountFor(ACCOUNT_SID, AUTH_TOKEN + "x")).isEmpty();
        assertThat(store.accountFor(ACCOUNT_SID, AUTH_TOKEN.toUpperCase(Locale.ROOT))).isEmpty();
    }

    @Test
    void accountForWhenSecretsOfAccountAndKeySwappedThenEmpty() {
        assertThat(store.accountFor(ACCOUNT_SID, API_KEY_SECRET)).isEmpty();
        assertThat(store.accountFor(API_KEY_SID, AUTH_TOKEN)).isEmpty();
    }

    @Test
    void accountForWhenPrincipalUnknownThenEmpty() {
        assertThat(store.accountFor("AC" + "1".repeat(32), AUTH_TOKEN)).isEmpty();
        assertThat(store.accountFor("SK" + "1".repeat(32), API_KEY_SECRET)).isEmpty();
    }

    @Test
    void accountForWhenPrincipalHexInUpperCaseThenSameAccount() {
        String upperAccount = "AC" + ACCOUNT_SID.substring(2).toUpperCase(Locale.ROOT);
        String upperKey = "SK" + API_KEY_SID.substring(2).toUpperCase(Locale.ROOT);

        assertThat(store.accountFor(upperAccount, AUTH_TOKEN)).contains(ACCOUNT);
        assertThat(store.accountFor(upperKey, API_KEY_SECRET)).contains(ACCOUNT);
    }

    @Test
    void accountForWhenPrincipalHexInMixedCaseThenSameAccount() {
        String mixedAccount = "ACaBcDeF0123456789AbCdEf0123456789";
        String mixedKey = "SKFeDcBa9876543210fEdCbA9876543210";

        assertThat(store.accountFor(mixedAccount, AUTH_TOKEN)).contains(ACCOUNT);
        assertThat(store.accountFor(mixedKey, API_KEY_SECRET)).contains(ACCOUNT);
    }

    @Test
    void accountForWhenDataFileSidsInUpperCaseThenLowerCasePrincipalMatches() {
        String upper = SAMPLE.replace(ACCOUNT_SID, "AC" + ACCOUNT_SID.substring(2).toUpperCase(Locale.ROOT))
                .replace(API_KEY_SID, "SK" + API_KEY_SID.substring(2).toUpperCase(Locale.ROOT));
        InMemoryStore fromUpper = InMemoryStore.fromJson(upper, "upper.json", CLOCK, new SecureRandom());

        assertThat(fromUpper.accountFor(ACCOUNT_SID, AUTH_TOKEN)).contains(ACCOUNT);
        assertThat(fromUpper.accountFor(API_KEY_SID, API_KEY_SECRET)).contains(ACCOUNT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ac" + "abcdef0123456789abcdef0123456789", "GOabcdef0123456789abcdef0123456789",
            "ACabcdef0123456789abcdef012345678", "ACabcdef0123456789abcdef01234567890",
            "ACabcdef0123456789abcdef012345678g", "AC\uff10bcdef0123456789abcdef012345678", "' OR 1=1 --",
            "\u0000", "ACabcdef0123456789abcdef0123456789\n", "ACabcdef0123456789abcdef012345678G",
            "ACabcdef0123456789abcdef012345678@", "ACabcdef0123456789abcdef012345678`",
            "ACabcdef0123456789abcdef012345678:", "ACabcdef0123456789abcdef012345678/",
            "Ac" + "abcdef0123456789abcdef0123456789"})
    void accountForWhenPrincipalIsGarbageThenEmptyWithoutException(String principal) {
        assertThat(store.accountFor(principal, AUTH_TOKEN)).isEmpty();
    }

    @Test
    void accountForWhenSecretNullOrEmptyThenEmpty() {
        assertThat(store.accountFor(ACCOUNT_SID, null)).isEmpty();
        assertThat(store.accountFor(ACCOUNT_SID, "")).isEmpty();
    }

    @Test
    void accountForWhenSecretHasNonAsciiCharactersThenComparesItsUtf8Bytes() {
        String json = SAMPLE.replace(AUTH_TOKEN, "t\u00f6ken-\u263a");
        InMemoryStore unicode = InMemoryStore.fromJson(json, "unicode.json", CLOCK, new SecureRandom());

        assertThat(unicode.accountFor(ACCOUNT_SID, "t\u00f6ken-\u263a")).contains(ACCOUNT);
        assertThat(unicode.accountFor(ACCOUNT_SID, "token-\u263a")).isEmpty();
    }

    @Test
    void accountForWhenTwoStoresLoadTheSameFileThenEachChecksWithItsOwnKey() {
        InMemoryStore other = TestData.sampleStore();

        assertThat(other.accountFor(ACCOUNT_SID, AUTH_TOKEN)).contains(ACCOUNT);
        assertThat(store.accountFor(ACCOUNT_SID, AUTH_TOKEN)).contains(ACCOUNT);
    }
}
