package org.migrationmptf.fund.idempotency.api;

import java.util.function.Supplier;

/**
 * Runs a money-moving request at most once per (caller, Idempotency-Key), following the IETF draft
 * "The Idempotency-Key HTTP Header Field":
 *
 * <ul>
 *   <li>a new key is claimed by inserting its row first, then the work runs, then the answer is stored
 *       in that row, all in one transaction: the key exists if and only if the postings do;
 *   <li>the same key with the same request replays the stored answer and writes nothing;
 *   <li>the same key with a different request is refused ({@code idempotency-key-reused}, 422);
 *   <li>a second request while the first is still running waits on the row lock and then fails on the
 *       key ({@code idempotency-key-in-use}, 409).
 * </ul>
 *
 * A request that fails rolls back with its key, so it may be retried with the same key.
 */
public interface IdempotentRequests {

    /**
     * Runs {@code work} once for this caller and key, or replays the answer it gave.
     *
     * @param operation what is asked (method and path): the same key for another operation is refused
     * @param requestBody the request as sent, fingerprinted with SHA-256
     */
    IdempotentOutcome once(
            String caller, String key, String operation, String requestBody, Supplier<IdempotentOutcome> work);
}
