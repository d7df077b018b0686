package org.migrationmptf.fund.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). The
 * iteration count is stored with each hash, so it can be raised later without invalidating old ones.
 * 600,000 iterations of HMAC-SHA-256 follow OWASP's password storage guidance; the cost per check
 * (about 0.1-0.2 s here) is why verified API credentials are cached briefly by
 * {@link AccountAuthenticator}.
 *
 * <p>Run {@code main} to hash a password read from standard input, for provisioning accounts.
 */
public final class Pbkdf2PasswordHasher {

    static final String PREFIX = "pbkdf2-sha256";
    static final int DEFAULT_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    Pbkdf2PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password matches the stored hash; a malformed hash never matches. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int storedIterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    public static void main(String[] args) throws java.io.IOException {
        String password = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        System.out.println(new Pbkdf2PasswordHasher().hash(password.toCharArray()));
    }
}
