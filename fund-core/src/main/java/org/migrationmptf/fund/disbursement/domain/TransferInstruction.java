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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.migrationmptf.fund.disbursement.api.TransferStatus;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

/**
 * One tranche of a PUNO's allocation in a programme: prepared, decided once by a different user,
 * then executed once by the Administrative Agent, which posts it. Its amount never changes.
 */
@Entity
@Table(name = "transfer_instruction")
public class TransferInstruction implements FourEyesSubject {

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

    @Column(name = "tranche", nullable = false, updatable = false)
    private int tranche;

    @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TransferStatus status;

    @jakarta.persistence.Embedded
    private FourEyesDecision fourEyes;

    @Column(name = "value_date")
    private LocalDate valueDate;

    @Column(name = "journal_entry_id")
    private Long journalEntry;

    @Column(name = "executed_by")
    private String executedBy;

    @Column(name = "executed_at")
    private LocalDateTime executedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TransferInstruction() {}

    public static TransferInstruction prepare(
            String programme, String puno, String area, int tranche, Money amount, String by, Instant at) {
        TransferInstruction instruction = new TransferInstruction();
        instruction.programme = programme;
        instruction.puno = puno;
        instruction.thematicArea = area;
        instruction.tranche = tranche;
        instruction.amount = amount.amount();
        instruction.status = TransferStatus.PENDING;
        instruction.fourEyes = FourEyesDecision.preparedBy(by, at);
        return instruction;
    }

    @Override
    public void requireUndecided(long preparedVersion) {
        if (status != TransferStatus.PENDING || version != preparedVersion) {
            throw new ConflictingState(
                    "approval-outdated", "transfer instruction " + id + " is " + status + " and no longer as prepared");
        }
    }

    public void approved(String by, Instant at) {
        status = TransferStatus.APPROVED;
        fourEyes.decided(by, at);
    }

    public void rejected(String by, String reason, Instant at) {
        status = TransferStatus.REJECTED;
        fourEyes.rejected(by, reason, at);
    }

    /** Only an approved instruction is executed, and only once. */
    public void requireExecutable() {
        if (status == TransferStatus.EXECUTED) {
            throw new ConflictingState(
                    "already-executed", "transfer instruction " + id + " was executed on " + valueDate);
        }
        if (status != TransferStatus.APPROVED) {
            throw new DomainRuleViolation(
                    "instruction-not-approved",
                    "transfer instruction " + id + " is " + status + ": only an approved instruction is executed");
        }
    }

    public void executed(LocalDate on, long entry, String by, Instant at) {
        status = TransferStatus.EXECUTED;
        valueDate = on;
        journalEntry = entry;
        executedBy = by;
        executedAt = FourEyesDecision.micros(at);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String programme() {
        return programme;
    }

    public String puno() {
        return puno;
    }

    public String thematicArea() {
        return thematicArea;
    }

    public int tranche() {
        return tranche;
    }

    public Money amount() {
        return Money.usd(amount.toPlainString());
    }

    public TransferView view() {
        return new TransferView(
                id == null ? 0 : id,
                programme,
                puno,
                thematicArea,
                tranche,
                amount,
                status,
                fourEyes.preparedBy(),
                fourEyes.preparedAt(),
                fourEyes.decidedBy(),
                fourEyes.decidedAt(),
                fourEyes.rejectionReason(),
                valueDate,
                journalEntry,
                executedBy,
                version);
    }
}
