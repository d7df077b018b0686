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
public class Allocation implements FourEyesSubject {

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

    @jakarta.persistence.Embedded
    private FourEyesDecision fourEyes;

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
        allocation.fourEyes = FourEyesDecision.preparedBy(by, at);
        return allocation;
    }

    /** Refuses a decision on an allocation that was decided, or changed since it was prepared. */
    @Override
    public void requireUndecided(long preparedVersion) {
        if (status != AllocationStatus.PENDING || version != preparedVersion) {
            throw new ConflictingState(
                    "approval-outdated", "allocation " + id + " is " + status + " and no longer as prepared");
        }
    }

    public void approved(String by, Instant at) {
        status = AllocationStatus.APPROVED;
        fourEyes.decided(by, at);
    }

    public void rejected(String by, String reason, Instant at) {
        status = AllocationStatus.REJECTED;
        fourEyes.rejected(by, reason, at);
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
                fourEyes.preparedBy(),
                fourEyes.preparedAt(),
                fourEyes.decidedBy(),
                fourEyes.decidedAt(),
                fourEyes.rejectionReason(),
                version);
    }
}
