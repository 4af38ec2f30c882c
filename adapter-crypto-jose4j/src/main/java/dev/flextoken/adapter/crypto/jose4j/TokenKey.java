package dev.flextoken.adapter.crypto.jose4j;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;

import java.security.Key;
import java.util.Objects;

/**
 * One key of a key set, checked and ready: its {@code kid}, the one algorithm it serves, and the JCA keys for
 * sealing (secret or public) and opening (secret or private). Immutable and shared between threads.
 *
 * <p>{@link #toString()} names the {@code kid} and algorithm only.
 */
final class TokenKey {

    private final String kid;
    private final KeyAlgorithm algorithm;
    private final Key sealingKey;
    private final Key openingKey;
    private final AlgorithmConstraints algorithmConstraints;
    private final String protectedHeader;

    TokenKey(String kid, KeyAlgorithm algorithm, Key sealingKey, Key openingKey) {
        this.kid = Objects.requireNonNull(kid, "kid");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.sealingKey = Objects.requireNonNull(sealingKey, "sealingKey");
        this.openingKey = Objects.requireNonNull(openingKey, "openingKey");
        this.algorithmConstraints = new AlgorithmConstraints(ConstraintType.PERMIT, algorithm.headerName());
        this.protectedHeader = DirectGcm.protectedHeader(algorithm, kid);
    }

    String kid() {
        return kid;
    }

    KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the secret key, or the public key of a key pair */
    Key sealingKey() {
        return sealingKey;
    }

    /** @return the secret key, or the private key of a key pair */
    Key openingKey() {
        return openingKey;
    }

    /** @return a jose4j allow-list admitting this key's algorithm only, built once */
    AlgorithmConstraints algorithmConstraints() {
        return algorithmConstraints;
    }

    /** @return the base64url protected header of the tokens this key seals on the direct path, built once */
    String protectedHeader() {
        return protectedHeader;
    }

    @Override
    public String toString() {
        return "TokenKey[kid=" + kid + ", alg=" + algorithm.headerName() + "]";
    }
}
