package org.migrationmptf.fund.approval.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.migrationmptf.fund.approval.api.ApprovalStatus;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * Something a maker prepared that waits for a checker. Life cycle: PENDING when {@link #open opened};
 * then APPROVED or REJECTED, once and for good, by a different user ({@link #approveBy}, {@link
 * #rejectBy}). While it is pending its {@code openKey} (action, subject) is set, and the database's
 * unique constraint on it keeps a subject to one pending approval per action, even under a race.
 */
@Entity
@Table(name = "approval")
@NamedQuery(name = "Approval.pendingOf", query = "SELECT a FROM Approval a WHERE a.openKey = :key")
@NamedQuery(
        name = "Approval.inbox",
        query = "SELECT a FROM Approval a WHERE a.status = :pending"
                + " AND a.action IN :actions AND a.preparedBy <> :user ORDER BY a.preparedAt, a.id")
@NamedQuery(
        name = "Approval.inboxCount",
        query = "SELECT COUNT(a) FROM Approval a WHERE a.status = :pending"
                + " AND a.action IN :actions AND a.preparedBy <> :user")
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private FourEyesAction action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "subject_version", nullable = false, updatable = false)
    private long subjectVersion;

    @Column(name = "summary", nullable = false, updatable = false)
    private String summary;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApprovalStatus status;

    @Column(name = "open_key")
    private String openKey;

    @Column(name = "prepared_by", nullable = false, updatable = false)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false, updatable = false)
    private LocalDateTime preparedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "reason")
    private String reason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Approval() {}

    public static String openKey(FourEyesAction action, String subjectId) {
        return action.name() + ":" + subjectId;
    }

    public static Approval open(
            FourEyesAction action,
            String subjectId,
            long subjectVersion,
            String summary,
            String payload,
            String preparedBy,
            Instant at) {
        Approval approval = new Approval();
        approval.action = action;
        approval.subjectType = action.subjectType();
        approval.subjectId = subjectId;
        approval.subjectVersion = subjectVersion;
        approval.summary = summary;
        approval.payload = payload;
        approval.status = ApprovalStatus.PENDING;
        approval.openKey = openKey(action, subjectId);
        approval.preparedBy = preparedBy;
        approval.preparedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return approval;
    }

    /** Refused unless pending and {@code checker} is not the maker. */
    public void requireDecidableBy(String checker) {
        if (status == ApprovalStatus.APPROVED) {
            throw new ConflictingState(
                    "already-approved", "approval " + id + " was already approved by " + decidedBy + ": " + summary);
        }
        if (status == ApprovalStatus.REJECTED) {
            throw new ConflictingState(
                    "already-rejected",
                    "approval " + id + " was rejected by " + decidedBy + " (" + reason + "): " + summary);
        }
        if (checker.equals(preparedBy)) {
            throw new DomainRuleViolation(
                    "maker-checker",
                    checker + " prepared approval " + id + " (" + summary + "); another user must decide it");
        }
    }

    public void approveBy(String checker, Instant at) {
        requireDecidableBy(checker);
        decide(ApprovalStatus.APPROVED, checker, null, at);
    }

    public void rejectBy(String checker, String why, Instant at) {
        requireDecidableBy(checker);
        if (why == null || why.isBlank()) {
            throw new DomainRuleViolation("rejection-reason-required", "say why approval " + id + " is rejected");
        }
        decide(ApprovalStatus.REJECTED, checker, why, at);
    }

    private void decide(ApprovalStatus decided, String checker, String why, Instant at) {
        status = decided;
        openKey = null;
        decidedBy = checker;
        decidedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        reason = why;
    }

    public Long id() {
        return id;
    }

    public FourEyesAction action() {
        return action;
    }

    public long version() {
        return version;
    }

    public ApprovalView view() {
        return new ApprovalView(
                id == null ? 0 : id, // 0 only before the first flush
                action,
                subjectType,
                subjectId,
                subjectVersion,
                summary,
                payload,
                status,
                preparedBy,
                preparedAt.toInstant(ZoneOffset.UTC),
                decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC),
                reason,
                version);
    }
}
