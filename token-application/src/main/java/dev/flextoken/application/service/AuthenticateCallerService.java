package dev.flextoken.application.service;

import dev.flextoken.application.port.in.AuthenticateCallerUseCase;
import dev.flextoken.application.port.out.CheckCredentialsPort;

import java.util.Objects;

/**
 * Authenticates callers against the credential store.
 */
public final class AuthenticateCallerService implements AuthenticateCallerUseCase {

    private final CheckCredentialsPort credentials;

    public AuthenticateCallerService(CheckCredentialsPort credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public Authentication authenticate(String principal, String secret) {
        if (principal == null || secret == null) {
            return new Refused();
        }
        return credentials.accountFor(principal, secret)
                .<Authentication>map(Authenticated::new)
                .orElseGet(Refused::new);
    }
}
