package org.migrationmptf.fund.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Who prepared a four-eyes subject (an allocation, a transfer instruction, a direct cost) and when,
 * and who decided it, when, and why it was rejected: the same columns on each subject's table, kept
 * to the microsecond as PostgreSQL keeps them. The approval mechanism holds the decision itself; this
 * is what the subject shows of it.
 */
@Embeddable
public class FourEyesDecision {

    @Column(name = "prepared_by", nullable = false, updatable = false)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private LocalDateTime preparedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected FourEyesDecision() {}

    static FourEyesDecision preparedBy(String by, Instant at) {
        FourEyesDecision decision = new FourEyesDecision();
        decision.preparedBy = by;
        decision.preparedAt = micros(at);
        return decision;
    }

    static LocalDateTime micros(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    void decided(String by, Instant at) {
        decidedBy = by;
        decidedAt = micros(at);
    }

    void rejected(String by, String reason, Instant at) {
        decided(by, at);
        rejectionReason = reason;
    }

    String preparedBy() {
        return preparedBy;
    }

    Instant preparedAt() {
        return preparedAt.toInstant(ZoneOffset.UTC);
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC);
    }

    String rejectionReason() {
        return rejectionReason;
    }
}
