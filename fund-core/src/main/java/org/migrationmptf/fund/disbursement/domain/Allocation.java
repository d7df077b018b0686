package org.migrationmptf.fund.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.disbursement.api.AllocationView;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.Money;

/**
 * An allocation of the Steering Committee to one PUNO of a joint programme, charged to a thematic
 * area: prepared by the secretariat, decided once by a different user; approved, it binds money of
 * its area. Its amount never changes (a top-up is another allocation).
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_code", nullable = false, updatable = false)
    private String programme;

    @Column(name = "puno_code", nullable = false, updatable = false)
    private String puno;

    @Column(name = "thematic_area", nullable = false, updatable = false)
    private String thematicArea;

    @Column(name = "fund_window", nullable = false, updatable = false)
    private String window;

    @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "decision_number", nullable = false, updatable = false)
    private String decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AllocationStatus status;

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Allocation() {}

    public static Allocation prepare(
            String programme,
            String puno,
            String area,
            String window,
            Money amount,
            String decision,
            String by,
            Instant at) {
        Allocation allocation = new Allocation();
        allocation.window = window;
        allocation.programme = programme;
        allocation.puno = puno;
        allocation.thematicArea = area;
        allocation.amount = amount.amount();
        allocation.decision = decision;
        allocation.status = AllocationStatus.PENDING;
        allocation.preparedBy = by;
        allocation.preparedAt = micros(at);
        return allocation;
    }

    private static LocalDateTime micros(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** Refuses a decision on an allocation that was decided, or changed since it was prepared. */
    public void requireUndecided(long preparedVersion) {
        if (status != AllocationStatus.PENDING || version != preparedVersion) {
            throw new ConflictingState(
                    "approval-outdated", "allocation " + id + " is " + status + " and no longer as prepared");
        }
    }

    public void approved(String by, Instant at) {
        status = AllocationStatus.APPROVED;
        decidedBy = by;
        decidedAt = micros(at);
    }

    public void rejected(String by, String reason, Instant at) {
        status = AllocationStatus.REJECTED;
        decidedBy = by;
        decidedAt = micros(at);
        rejectionReason = reason;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String thematicArea() {
        return thematicArea;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String window() {
        return window;
    }

    public AllocationView view() {
        return new AllocationView(
                id == null ? 0 : id,
                programme,
                puno,
                thematicArea,
                window,
                amount,
                decision,
                status,
                preparedBy,
                preparedAt.toInstant(ZoneOffset.UTC),
                decidedBy,
                decidedAt == null ? null : decidedAt.toInstant(ZoneOffset.UTC),
                rejectionReason,
                version);
    }
}
