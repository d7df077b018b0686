package org.migrationmptf.fund.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditRecord;

/**
 * One event of the audit trail. Immutable once written (the database refuses UPDATE and DELETE);
 * {@link #hash} seals every field together with the previous event's hash.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.inOrder", query = "SELECT e FROM AuditEvent e ORDER BY e.seq")
public class AuditEvent {

    /** The outcome of the action the event records. */
    public enum Outcome {
        DONE,
        REFUSED
    }

    @Id
    @Column(name = "seq", updatable = false)
    private long seq;

    /** UTC, to the millisecond (both databases keep that exactly, so the hash can be recomputed). */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    private String roles;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "outcome", nullable = false, updatable = false)
    private String outcome;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "detail", updatable = false)
    private String detail;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "hash", nullable = false, updatable = false)
    private String hash;

    protected AuditEvent() {}

    /** The event that follows the chain head {@code (previousSeq, previousHash)}. */
    public static AuditEvent following(
            long previousSeq, String previousHash, Instant at, AuditRecord record, Outcome outcome) {
        AuditEvent event = new AuditEvent();
        event.seq = previousSeq + 1;
        event.occurredAt = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        event.actor = record.actor();
        event.roles = record.roles();
        event.action = record.action();
        event.outcome = outcome.name();
        event.subjectType = record.subjectType();
        event.subjectId = record.subjectId();
        event.detail = truncate(record.detail(), 500);
        event.before = truncate(record.before(), 4000);
        event.after = truncate(record.after(), 4000);
        event.previousHash = Objects.requireNonNull(previousHash);
        event.hash = event.computeHash();
        return event;
    }

    /** The hash this event should carry given its fields; differs from {@link #hash()} if altered. */
    public String computeHash() {
        return HashChain.hash(
                previousHash,
                seq,
                occurredAt,
                actor,
                roles,
                action,
                outcome,
                subjectType,
                subjectId,
                detail,
                before,
                after);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public String previousHash() {
        return previousHash;
    }

    public AuditEventView view() {
        return new AuditEventView(
                seq,
                occurredAt.toInstant(ZoneOffset.UTC),
                actor,
                roles,
                action,
                outcome,
                subjectType,
                subjectId,
                detail,
                before,
                after,
                previousHash,
                hash);
    }
}
