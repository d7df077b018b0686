package org.migrationmptf.fund.contribution.domain;

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
import java.time.ZoneOffset;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

/**
 * Money a contributor paid on an agreement, with its conversion to US dollars and the
 * Administrative Agent's fee.
 *
 * <p>Life cycle: RECORDED by one finance user ({@link #record}), which opens its four-eyes approval;
 * when a different finance user approves, it is posted to the ledger and becomes POSTED ({@link
 * #posted}); when one rejects it, REJECTED ({@link #rejected}). A decided deposit is never changed:
 * its amounts are {@code updatable = false}, the database refuses any update of a decided row, and a
 * correction is a ledger reversal.
 */
@Entity
@Table(name = "deposit")
public class Deposit {

    /** The Administrative Agent fee: 1 % of every deposit in US dollars, rounded half-even to cents. */
    public static final BigDecimal AA_FEE_RATE = new BigDecimal("0.01");

    /** The smallest deposit whose fee is at least a cent. */
    public static final Money MINIMUM_USD = Money.usd("1.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;

    @Column(name = "amount", nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "units_per_usd", nullable = false, updatable = false)
    private BigDecimal unitsPerUsd;

    @Column(name = "rate_date", nullable = false, updatable = false)
    private LocalDate rateDate;

    @Column(name = "rate_source", nullable = false, updatable = false)
    private String rateSource;

    @Column(name = "usd_amount", nullable = false, updatable = false)
    private BigDecimal usdAmount;

    @Column(name = "fee_usd", nullable = false, updatable = false)
    private BigDecimal feeUsd;

    @Column(name = "bank_reference", updatable = false)
    private String bankReference;

    /** The rate the bank stated on its advice (bank proceeds only), exactly as stated; documentary. */
    @Column(name = "bank_stated_rate", updatable = false)
    private BigDecimal bankStatedRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DepositStatus status;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private LocalDateTime verifiedAt;

    @Column(name = "deposit_entry_id")
    private Long depositEntryId;

    @Column(name = "fee_entry_id")
    private Long feeEntryId;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Deposit() {}

    /** The fee on a deposit of {@code usd}: exactly 1 %, rounded half-even to the cent. */
    public static Money feeOn(Money usd) {
        return usd.times(AA_FEE_RATE);
    }

    public static Deposit record(
            long agreementId,
            LocalDate receivedOn,
            ConvertedAmount converted,
            String bankReference,
            String recordedBy,
            Instant at) {
        if (converted.usd().compareTo(MINIMUM_USD) < 0) {
            throw new DomainRuleViolation("deposit-too-small", "a deposit must be worth at least " + MINIMUM_USD);
        }
        Deposit deposit = new Deposit();
        deposit.agreementId = agreementId;
        deposit.receivedOn = receivedOn;
        deposit.currency = converted.original().currency().value();
        deposit.amount = converted.original().amount();
        deposit.unitsPerUsd = converted.unitsPerUsd();
        deposit.rateDate = converted.rateDate();
        deposit.rateSource = converted.source().name();
        deposit.usdAmount = converted.usd().amount();
        deposit.feeUsd = feeOn(converted.usd()).amount();
        deposit.bankReference = bankReference;
        deposit.bankStatedRate = converted.bankStatedRate();
        deposit.status = DepositStatus.RECORDED;
        deposit.recordedBy = recordedBy;
        deposit.recordedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return deposit;
    }

    /**
     * Refuses a decision on a deposit that is no longer waiting for one (someone verified or rejected
     * it meanwhile), or that changed since the approval was prepared at {@code preparedVersion}.
     */
    public void requireUndecided(long preparedVersion) {
        if (status == DepositStatus.POSTED) {
            throw new ConflictingState(
                    "already-posted", "deposit " + id + " was already verified by " + verifiedBy + " and is posted");
        }
        if (status == DepositStatus.REJECTED) {
            throw new ConflictingState(
                    "already-rejected", "deposit " + id + " was rejected by " + verifiedBy + ": " + rejectionReason);
        }
        if (version != preparedVersion) {
            throw new ConflictingState(
                    "approval-outdated",
                    "deposit " + id + " changed since its approval was prepared (version " + preparedVersion + ", now "
                            + version + ")");
        }
    }

    /** Approved by {@code checker} and posted as the two ledger entries: the deposit and its fee. */
    public void posted(String checker, Instant at, long depositEntry, long feeEntry) {
        requireUndecided(version);
        verifiedBy = checker;
        verifiedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        depositEntryId = depositEntry;
        feeEntryId = feeEntry;
        status = DepositStatus.POSTED;
    }

    /** Rejected by {@code checker}: it will never post and no longer takes room in the agreement. */
    public void rejected(String checker, String reason, Instant at) {
        requireUndecided(version);
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("rejection-reason-required", "say why the deposit is rejected");
        }
        verifiedBy = checker;
        verifiedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        rejectionReason = reason;
        status = DepositStatus.REJECTED;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public boolean isPosted() {
        return status == DepositStatus.POSTED;
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Money original() {
        return Money.of(amount, CurrencyCode.of(currency));
    }

    public Money usd() {
        return Money.of(usdAmount, CurrencyCode.USD);
    }

    public Money fee() {
        return Money.of(feeUsd, CurrencyCode.USD);
    }

    public BigDecimal unitsPerUsd() {
        return unitsPerUsd;
    }

    public LocalDate rateDate() {
        return rateDate;
    }

    public String rateSource() {
        return rateSource;
    }

    public String bankReference() {
        return bankReference;
    }

    public DepositStatus status() {
        return status;
    }

    public BigDecimal bankStatedRate() {
        return bankStatedRate;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt.toInstant(ZoneOffset.UTC);
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt == null ? null : verifiedAt.toInstant(ZoneOffset.UTC);
    }

    public Long depositEntryId() {
        return depositEntryId;
    }

    public Long feeEntryId() {
        return feeEntryId;
    }

    public long version() {
        return version;
    }
}
