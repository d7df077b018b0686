package org.migrationmptf.fund.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chaining rule of the audit trail: an event's hash is SHA-256 over the previous event's hash and
 * every field of the event, each field followed by a unit separator (U+001F) so no two different
 * events hash the same text. The first event follows {@link #GENESIS}.
 */
public final class HashChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private HashChain() {}

    public static String hash(String previousHash, Object... fields) {
        StringBuilder text = new StringBuilder(previousHash).append(SEPARATOR);
        for (Object field : fields) {
            text.append(field == null ? "\u2400" : field.toString()).append(SEPARATOR);
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
