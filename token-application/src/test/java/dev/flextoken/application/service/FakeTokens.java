package dev.flextoken.application.service;

import dev.flextoken.application.port.out.OpenTokenPort;
import dev.flextoken.application.port.out.SealTokenPort;
import dev.flextoken.domain.TokenClaims;
import dev.flextoken.domain.TokenRejection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seals claims into numbered stand-in tokens and opens them again; a token it never sealed is malformed.
 * A refusal can be set to play an opener that rejects every token.
 */
final class FakeTokens implements SealTokenPort, OpenTokenPort {

    private final Map<String, TokenClaims> sealed = new HashMap<>();
    private final List<TokenClaims> sealedInOrder = new ArrayList<>();
    private Optional<TokenRejection> refusal = Optional.empty();
    private int opens;

    void refuseEveryToken(TokenRejection reason) {
        refusal = Optional.of(reason);
    }

    List<TokenClaims> sealedClaims() {
        return List.copyOf(sealedInOrder);
    }

    int opens() {
        return opens;
    }

    @Override
    public String seal(TokenClaims claims) {
        String token = "header.key.iv.ciphertext" + sealedInOrder.size() + ".tag";
        sealed.put(token, claims);
        sealedInOrder.add(claims);
        return token;
    }

    @Override
    public OpenedToken open(String compactToken) {
        opens++;
        if (refusal.isPresent()) {
            return new Refused(refusal.get());
        }
        TokenClaims claims = sealed.get(compactToken);
        return claims == null ? new Refused(TokenRejection.MALFORMED) : new Opened(claims);
    }
}
