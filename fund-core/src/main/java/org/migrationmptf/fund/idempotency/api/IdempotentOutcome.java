package org.migrationmptf.fund.idempotency.api;

/**
 * The answer to a money-moving request, as it is given and as it is replayed: status, Location (for
 * a 201) and the JSON body; {@code replayed} tells whether it comes from an earlier request.
 */
public record IdempotentOutcome(int status, String location, String body, boolean replayed) {

    public static IdempotentOutcome fresh(int status, String location, String body) {
        return new IdempotentOutcome(status, location, body, false);
    }
}
