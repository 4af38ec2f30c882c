package dev.flextoken.application.service;

import dev.flextoken.application.port.in.AuthenticateCallerUseCase.Authenticated;
import dev.flextoken.application.port.in.AuthenticateCallerUseCase.Refused;
import dev.flextoken.application.port.out.CheckCredentialsPort;
import dev.flextoken.domain.AccountSid;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.flextoken.domain.DomainFixtures.ACCOUNT;
import static dev.flextoken.domain.DomainFixtures.sid;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticateCallerServiceTest {

    private static final String API_KEY = sid("SK", 1);
    private static final String AUTH_TOKEN = "auth-token-of-the-account";
    private static final String API_SECRET = "secret-of-the-api-key";

    /** Credentials in a map, recording each principal it was asked about. */
    private static final class FakeCredentials implements CheckCredentialsPort {
        private final Map<String, String> secrets = Map.of(ACCOUNT.value(), AUTH_TOKEN, API_KEY, API_SECRET);
        private final List<String> asked = new ArrayList<>();

        @Override
        public Optional<AccountSid> accountFor(String principal, String secret) {
            asked.add(principal);
            return secret.equals(secrets.get(principal)) ? Optional.of(ACCOUNT) : Optional.empty();
        }
    }

    private final FakeCredentials credentials = new FakeCredentials();
    private final AuthenticateCallerService service = new AuthenticateCallerService(credentials);

    @Test
    void authenticateWhenAccountAndAuthTokenMatchThenAuthenticatedAsTheAccount() {
        assertThat(service.authenticate(ACCOUNT.value(), AUTH_TOKEN)).isEqualTo(new Authenticated(ACCOUNT));
    }

    @Test
    void authenticateWhenApiKeyAndSecretMatchThenAuthenticatedAsItsAccount() {
        assertThat(service.authenticate(API_KEY, API_SECRET)).isEqualTo(new Authenticated(ACCOUNT));
    }

    @Test
    void authenticateWhenSecretIsWrongThenRefused() {
        assertThat(service.authenticate(ACCOUNT.value(), API_SECRET)).isEqualTo(new Refused());
    }

    @Test
    void authenticateWhenPrincipalIsUnknownThenTheSameRefusalAsAWrongSecret() {
        assertThat(service.authenticate(sid("AC", 99), AUTH_TOKEN))
                .isEqualTo(service.authenticate(ACCOUNT.value(), "wrong"))
                .isEqualTo(new Refused());
    }

    @Test
    void authenticateWhenPrincipalIsNullThenRefusedWithoutAskingTheStore() {
        assertThat(service.authenticate(null, AUTH_TOKEN)).isEqualTo(new Refused());
        assertThat(credentials.asked).isEmpty();
    }

    @Test
    void authenticateWhenSecretIsNullThenRefusedWithoutAskingTheStore() {
        assertThat(service.authenticate(ACCOUNT.value(), null)).isEqualTo(new Refused());
        assertThat(credentials.asked).isEmpty();
    }

    @Test
    void authenticateWhenPrincipalHasAnyShapeThenThePortDecides() {
        assertThat(service.authenticate("not-a-sid", "")).isEqualTo(new Refused());
        assertThat(credentials.asked).containsExactly("not-a-sid");
    }
}
