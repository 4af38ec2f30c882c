package dev.flextoken.adapter.crypto.jose4j;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;

/**
 * Checks that the private half of a key pair belongs to its public half. A JWK carries both as separate members,
 * so a hand-edited or mixed-up file can pair them wrongly: its sealing key would make tokens nobody opens.
 *
 * <p>The checks draw no randomness of their own and read no key material into a message; they answer a boolean.
 */
final class KeyPairs {

    /** A fixed message, far below any 2048-bit modulus, for the RSA round trip. */
    private static final byte[] PROBE = "flex-token key pair check".getBytes(StandardCharsets.US_ASCII);

    private KeyPairs() {
    }

    /**
     * @return whether the private key is the RSA key of that public key: same modulus and exponent, CRT values
     *         consistent with {@code d}, and a raw RSA round trip through the JCA gives the probe back
     */
    static boolean rsaMatches(RSAPublicKey publicKey, PrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateKey rsa) || !rsa.getModulus().equals(publicKey.getModulus())) {
            return false;
        }
        if (rsa instanceof RSAPrivateCrtKey crt && !crtAgrees(publicKey, crt)) {
            return false;
        }
        return roundTrips(publicKey, privateKey);
    }

    /**
     * The JCA decrypts with p, q and the CRT values and never reads {@code d}; other implementations use
     * {@code d}. All of them must describe one key.
     */
    private static boolean crtAgrees(RSAPublicKey publicKey, RSAPrivateCrtKey key) {
        BigInteger one = BigInteger.ONE;
        BigInteger e = publicKey.getPublicExponent();
        BigInteger p = key.getPrimeP();
        BigInteger q = key.getPrimeQ();
        try {
            BigInteger pMinusOne = p.subtract(one);
            BigInteger qMinusOne = q.subtract(one);
            BigInteger lambda = pMinusOne.divide(pMinusOne.gcd(qMinusOne)).multiply(qMinusOne);
            return e.equals(key.getPublicExponent())
                    && p.multiply(q).equals(publicKey.getModulus())
                    && e.multiply(key.getPrivateExponent()).mod(lambda).equals(one)
                    && e.multiply(key.getPrimeExponentP()).mod(pMinusOne).equals(one)
                    && e.multiply(key.getPrimeExponentQ()).mod(qMinusOne).equals(one)
                    && key.getCrtCoefficient().multiply(q).mod(p).equals(one);
        } catch (ArithmeticException zeroModulus) {
            // p or q of 1: no key at all.
            return false;
        }
    }

    private static boolean roundTrips(PublicKey publicKey, PrivateKey privateKey) {
        try {
            // No padding, so no randomness; the JCA's RSA blinding draws from its own default source, as every
            // RSA decryption of jose4j does.
            Cipher cipher = Cipher.getInstance("RSA/ECB/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, publicKey);
            byte[] sealed = cipher.doFinal(PROBE);
            cipher.init(Cipher.DECRYPT_MODE, privateKey);
            return new BigInteger(1, cipher.doFinal(sealed)).equals(new BigInteger(1, PROBE));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /**
     * ECDH only yields x coordinates: {@code x(d·G) = x(Q)} leaves {@code Q = ±d·G}, and
     * {@code x((d+1)·G) = x(Q + G)} settles the sign. Both multiplications run inside the JCA, in constant time;
     * the one addition here works on public points only.
     *
     * @return whether {@code Q = d·G}, for a public point already known to be on the curve
     */
    static boolean ecMatches(ECPublicKey publicKey, PrivateKey privateKey) {
        if (!(privateKey instanceof ECPrivateKey ec)) {
            return false;
        }
        ECParameterSpec params = publicKey.getParams();
        ECPoint q = publicKey.getW();
        ECPoint g = params.getGenerator();
        BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
        if (q.getAffineX().equals(g.getAffineX())) {
            // Q = ±G: d is 1 or n - 1, a key nobody generates; not worth a doubling formula.
            return false;
        }
        BigInteger slope = q.getAffineY().subtract(g.getAffineY())
                .multiply(q.getAffineX().subtract(g.getAffineX()).modInverse(p)).mod(p);
        BigInteger sumX = slope.multiply(slope).subtract(q.getAffineX()).subtract(g.getAffineX()).mod(p);

        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            PublicKey generator = factory.generatePublic(new ECPublicKeySpec(g, params));
            PrivateKey next = factory.generatePrivate(new ECPrivateKeySpec(ec.getS().add(BigInteger.ONE)
                    .mod(params.getOrder()), params));
            return agreedX(privateKey, generator).equals(q.getAffineX()) && agreedX(next, generator).equals(sumX);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static BigInteger agreedX(PrivateKey privateKey, PublicKey peer) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(privateKey);
        agreement.doPhase(peer, true);
        return new BigInteger(1, agreement.generateSecret());
    }
}
