package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static dev.flextoken.adapter.persistence.inmemory.TestData.ACCOUNT_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.API_KEY_SECRET;
import static dev.flextoken.adapter.persistence.inmemory.TestData.AUTH_TOKEN;
import static dev.flextoken.adapter.persistence.inmemory.TestData.CLOCK;
import static dev.flextoken.adapter.persistence.inmemory.TestData.SAMPLE;
import static dev.flextoken.adapter.persistence.inmemory.TestData.SOURCE;
import static dev.flextoken.adapter.persistence.inmemory.TestData.USER_SID;
import static dev.flextoken.adapter.persistence.inmemory.TestData.instance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Neither a secret nor personal data may leave through a toString or a failure message. */
class SecretsStayOutTest {

    @Test
    void toStringWhenStoreAndItsPartsPrintedThenNoSecretOrHashOrUsername() {
        SecretHasher hasher = new SecretHasher(new SecureRandom());
        byte[] hash = hasher.hash(AUTH_TOKEN);
        Credentials.Credential credential = new Credentials.Credential(new AccountSid(ACCOUNT_SID), hash);
        Credentials credentials = new Credentials(hasher, Map.of(ACCOUNT_SID, credential), new SecureRandom());
        InMemoryStore store = TestData.sampleStore();

        List<String> printed = new ArrayList<>(List.of(store.toString(), hasher.toString(), credential.toString(),
                credentials.toString(), new InstanceUsers().toString(),
                store.loadUser(instance(), new FlexUserSid(USER_SID)).orElseThrow().toString()));

        assertThat(printed).allSatisfy(text -> assertThat(text)
                .doesNotContain(AUTH_TOKEN, API_KEY_SECRET, HexFormat.of().formatHex(hash), "Jane"));
        assertThat(credential.toString()).contains(ACCOUNT_SID);
    }

    @Test
    void failureWhenSecretIsWrittenWithoutQuotesThenMessageDoesNotQuoteIt() {
        String unquoted = SAMPLE.replace("\"" + AUTH_TOKEN + "\"", AUTH_TOKEN);

        InvalidDataFileException failure = catchThrowableOfType(InvalidDataFileException.class,
                () -> InMemoryStore.fromJson(unquoted, SOURCE, CLOCK, new SecureRandom()));

        assertThat(failure).hasMessageStartingWith("demo.json: accounts[0].auth_token: is not valid JSON, at line 2");
        assertThat(failure.getMessage()).doesNotContain(AUTH_TOKEN, "auth-token");
        assertThat(failure.getCause()).isNull();
        assertThat(failure.toString()).doesNotContain(AUTH_TOKEN);
    }

    @Test
    void failureWhenFileIsMalformedUtf32ThenNoMessageInTheChainQuotesItsBytes(@TempDir Path directory)
            throws Exception {
        // Read as UTF-32BE: '{' and then a code unit far beyond Unicode, whose bytes spell "SECR".
        byte[] bytes = {0, 0, 0, '{', 'S', 'E', 'C', 'R', 0, 0, 0, '}'};
        Path file = Files.write(directory.resolve("utf32.json"), bytes);

        InvalidDataFileException failure = catchThrowableOfType(InvalidDataFileException.class,
                () -> InMemoryStore.fromFile(file, CLOCK, new SecureRandom()));

        assertThat(failure).hasMessage(file + ": cannot be read as JSON text (CharConversionException)");
        for (Throwable link = failure; link != null; link = link.getCause()) {
            // Jackson would name the code unit in hex (less 0x10000), so no hex number may appear at all.
            assertThat(link.toString()).doesNotContainPattern("0x[0-9a-fA-F]+").doesNotContain("SECR");
        }
    }

    @Test
    void failureWhenSecretTooLongThenMessageDoesNotQuoteIt() {
        String longSecret = "k".repeat(300);
        String json = SAMPLE.replace(API_KEY_SECRET, longSecret);

        InvalidDataFileException failure = catchThrowableOfType(InvalidDataFileException.class,
                () -> InMemoryStore.fromJson(json, SOURCE, CLOCK, new SecureRandom()));

        assertThat(failure).hasMessage(
                "demo.json: accounts[0].api_keys[0].secret: must be a string of 1 to 256 characters, not only blanks");
    }

    @Test
    void failureWhenUsernameDuplicatedThenMessageDoesNotQuoteIt() {
        String json = TestData.data(TestData.ACCOUNT_JSON, TestData.INSTANCE_JSON, TestData.USER_JSON + ", "
                + TestData.USER_JSON.replace(USER_SID, "FU" + "f".repeat(32)));

        InvalidDataFileException failure = catchThrowableOfType(InvalidDataFileException.class,
                () -> InMemoryStore.fromJson(json, SOURCE, CLOCK, new SecureRandom()));

        assertThat(failure.getMessage()).contains("users[1].username").doesNotContain("Jane");
    }
}
