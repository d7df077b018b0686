package org.migrationmptf.fund.disbursement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.migrationmptf.fund.disbursement.api.PunoReturnView;
import org.migrationmptf.fund.disbursement.api.ReturnKind;
import org.migrationmptf.fund.shared.Money;

/**
 * Money a PUNO returned to the fund, a refund of an unspent balance or interest it earned: recorded
 * once, with the journal entry it posted.
 */
@Entity
@Table(name = "puno_return")
public class PunoReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ReturnKind kind;

    @Column(name = "programme_code", nullable = false, updatable = false)
    private String programme;

    @Column(name = "puno_code", nullable = false, updatable = false)
    private String puno;

    @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "journal_entry_id", nullable = false, updatable = false)
    private long journalEntry;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected PunoReturn() {}

    public static PunoReturn posted(
            ReturnKind kind,
            String programme,
            String puno,
            Money amount,
            LocalDate on,
            String reference,
            long entry,
            String by,
            Instant at) {
        PunoReturn refund = new PunoReturn();
        refund.kind = kind;
        refund.programme = programme;
        refund.puno = puno;
        refund.amount = amount.amount();
        refund.valueDate = on;
        refund.reference = reference;
        refund.journalEntry = entry;
        refund.recordedBy = by;
        refund.recordedAt = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        return refund;
    }

    public PunoReturnView view() {
        return new PunoReturnView(
                id == null ? 0 : id, kind, programme, puno, amount, valueDate, reference, journalEntry, recordedBy);
    }
}
