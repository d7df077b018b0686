package org.migrationmptf.fund.shared;

/**
 * The caller's copy of an aggregate is older than the stored one (its If-Match or version does not
 * match). The API answers 412 Precondition Failed; nothing was changed.
 */
public class StaleVersion extends RuntimeException implements RefusedRequest {

    /** The problem type and audit detail of every stale write. */
    public static final String RULE = "stale-version";

    private final long expected;
    private final long actual;

    public StaleVersion(String what, long expected, long actual) {
        super(what + " is at version " + actual + ", not " + expected + "; reload it and try again");
        this.expected = expected;
        this.actual = actual;
    }

    @Override
    public String rule() {
        return RULE;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
