package org.migrationmptf.fund.shared;

/**
 * The request was right when it was sent but the thing has moved on since (a deposit another user
 * has just verified, a key being used by a request still running). The API answers 409 with
 * {@link #rule()} as the problem type; nothing was changed.
 */
public class ConflictingState extends RuntimeException implements RefusedRequest {

    private final String rule;

    public ConflictingState(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    @Override
    public String rule() {
        return rule;
    }
}
