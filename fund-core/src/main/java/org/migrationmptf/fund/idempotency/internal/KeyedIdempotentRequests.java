package org.migrationmptf.fund.idempotency.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.migrationmptf.fund.idempotency.api.IdempotentOutcome;
import org.migrationmptf.fund.idempotency.api.IdempotentRequests;
import org.migrationmptf.fund.platform.Transactions;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/** Claims the key by inserting its row before the work, so a concurrent duplicate waits on it. */
@ApplicationScoped
class KeyedIdempotentRequests implements IdempotentRequests {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Transactions transactions;

    /**
     * The whole request is one transaction that this method owns (the key row, the postings, the
     * audit event), so a lost race on the database is retried as a whole.
     */
    @Override
    public IdempotentOutcome once(
            String caller, String key, String operation, String requestBody, Supplier<IdempotentOutcome> work) {
        return transactions.inTransaction(() -> claimAndRun(caller, key, operation, requestBody, work));
    }

    private IdempotentOutcome claimAndRun(
            String caller, String key, String operation, String requestBody, Supplier<IdempotentOutcome> work) {
        String requestHash = sha256(requestBody == null ? "" : requestBody);
        IdempotencyRecord existing = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(caller, key));
        if (existing != null) {
            return replay(existing, operation, requestHash);
        }
        IdempotencyRecord claim = new IdempotencyRecord(
                caller, key, operation, requestHash, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        try {
            em.persist(claim);
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictingState(
                    "idempotency-key-in-use",
                    "another request with this Idempotency-Key was being processed; retry to get its answer");
        }
        IdempotentOutcome outcome = work.get();
        claim.answered(outcome);
        em.flush();
        return outcome;
    }

    private static IdempotentOutcome replay(IdempotencyRecord existing, String operation, String requestHash) {
        if (!existing.sameRequest(operation, requestHash)) {
            throw new DomainRuleViolation(
                    "idempotency-key-reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        }
        return existing.outcome();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
