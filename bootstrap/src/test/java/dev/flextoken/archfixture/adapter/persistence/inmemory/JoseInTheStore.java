package dev.flextoken.archfixture.adapter.persistence.inmemory;

import org.jose4j.jwk.JsonWebKey;

/** Breaks "jose4j only in the crypto adapter": a store that handles keys itself. */
public final class JoseInTheStore {

    public String keyId(JsonWebKey key) {
        return key.getKeyId();
    }
}
