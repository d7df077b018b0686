package org.migrationmptf.fund.shared;

/**
 * The caller's copy of an aggregate is older than the stored one (its If-Match or version does not
 * match). The API answers 412 Precondition Failed; nothing was changed.
 */
public class StaleVersion extends RuntimeException {

    private final long expected;
    private final long actual;

    public StaleVersion(String what, long expected, long actual) {
        super(what + " is at version " + actual + ", not " + expected + "; reload it and try again");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
