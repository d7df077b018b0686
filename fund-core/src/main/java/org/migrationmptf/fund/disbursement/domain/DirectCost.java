package org.migrationmptf.fund.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.migrationmptf.fund.disbursement.api.DirectCostView;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.Money;

/** A direct cost the Steering Committee approved: prepared, decided once by another user, then posted. */
@Entity
@Table(name = "direct_cost")
public class DirectCost implements FourEyesSubject {

    static final String PENDING = "PENDING";
    static final String POSTED = "POSTED";
    static final String REJECTED = "REJECTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "decision_number", nullable = false, updatable = false)
    private String decision;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "status", nullable = false)
    private String status;

    @jakarta.persistence.Embedded
    private FourEyesDecision fourEyes;

    @Column(name = "journal_entry_id")
    private Long journalEntry;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DirectCost() {}

    public static DirectCost prepare(
            String decision, String description, Money amount, LocalDate on, String by, Instant at) {
        DirectCost cost = new DirectCost();
        cost.decision = decision;
        cost.description = description;
        cost.amount = amount.amount();
        cost.valueDate = on;
        cost.status = PENDING;
        cost.fourEyes = FourEyesDecision.preparedBy(by, at);
        return cost;
    }

    @Override
    public void requireUndecided(long preparedVersion) {
        if (!PENDING.equals(status) || version != preparedVersion) {
            throw new ConflictingState(
                    "approval-outdated", "direct cost " + id + " is " + status + " and no longer as prepared");
        }
    }

    public void posted(long entry, String by, Instant at) {
        status = POSTED;
        journalEntry = entry;
        fourEyes.decided(by, at);
    }

    public void rejected(String by, String reason, Instant at) {
        status = REJECTED;
        fourEyes.rejected(by, reason, at);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Money amount() {
        return Money.usd(amount.toPlainString());
    }

    public LocalDate valueDate() {
        return valueDate;
    }

    public String description() {
        return description;
    }

    public DirectCostView view() {
        return new DirectCostView(
                id == null ? 0 : id,
                decision,
                description,
                amount,
                valueDate,
                status,
                fourEyes.preparedBy(),
                fourEyes.decidedBy(),
                fourEyes.rejectionReason(),
                journalEntry,
                version);
    }
}
