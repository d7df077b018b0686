package org.migrationmptf.fund.contribution.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.migrationmptf.fund.contribution.api.Earmark;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.TooLarge;

/**
 * A signed contribution agreement: a contributor commits an amount in one currency, earmarked or not,
 * payable on a schedule of instalments; amendments raise or lower the commitment later.
 *
 * <p>Life cycle: registered once signed ({@link #register}); deposits are then recorded against it
 * while it has room ({@link #requireRoomFor}); every recorded deposit bumps its version, so a client
 * holding an older ETag learns that the agreement's position moved.
 */
@Entity
@Table(name = "contribution_agreement")
public class ContributionAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @Column(name = "contributor_code", nullable = false, updatable = false)
    private String contributorCode;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "currency", nullable = false, updatable = false)
    private String currency;

    @Column(name = "committed_amount", nullable = false, updatable = false)
    private BigDecimal committedAmount;

    @Column(name = "earmark_kind", nullable = false, updatable = false)
    private String earmarkKind;

    @Column(name = "earmark_code", updatable = false)
    private String earmarkCode;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "fund_window", nullable = false, updatable = false)
    private String fundWindow;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_instalment", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("number")
    private List<Instalment> schedule = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_amendment", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("number")
    private List<Amendment> amendments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The most instalments a payment schedule may have (ten years of monthly payments). */
    public static final int MAX_INSTALMENTS = 120;

    protected ContributionAgreement() {}

    /**
     * A signed agreement. The schedule's instalments must add up to the commitment exactly and fall on
     * or after the signature.
     */
    public static ContributionAgreement register(
            String reference,
            String contributorCode,
            LocalDate signedOn,
            Money committed,
            String fundWindow,
            Earmark earmark,
            List<LocalDate> dueDates,
            List<Money> amounts,
            String createdBy) {
        if (!committed.isPositive()) {
            throw new DomainRuleViolation("commitment-not-positive", "the committed amount must be positive");
        }
        if (dueDates.isEmpty() || dueDates.size() != amounts.size()) {
            throw new DomainRuleViolation("schedule-required", "an agreement needs a payment schedule");
        }
        if (dueDates.size() > MAX_INSTALMENTS) {
            throw new TooLarge(
                    "schedule",
                    "a payment schedule has at most " + MAX_INSTALMENTS + " instalments, not " + dueDates.size());
        }
        ContributionAgreement agreement = new ContributionAgreement();
        Money scheduled = Money.zero(committed.currency());
        for (int i = 0; i < dueDates.size(); i++) {
            Money amount = amounts.get(i);
            if (!amount.isPositive() || dueDates.get(i).isBefore(signedOn)) {
                throw new DomainRuleViolation(
                        "schedule-invalid",
                        "instalment " + (i + 1) + " must be positive and due on or after the signature");
            }
            scheduled = scheduled.plus(amount);
            agreement.schedule.add(new Instalment(i + 1, dueDates.get(i), amount.amount()));
        }
        if (!scheduled.equals(committed)) {
            throw new DomainRuleViolation(
                    "schedule-not-commitment",
                    "the instalments add up to " + scheduled + ", not to the commitment " + committed);
        }
        agreement.reference = reference;
        agreement.contributorCode = contributorCode;
        agreement.signedOn = signedOn;
        agreement.currency = committed.currency().value();
        agreement.committedAmount = committed.amount();
        agreement.earmarkKind = earmark.kind().name();
        agreement.earmarkCode = earmark.code();
        agreement.createdBy = createdBy;
        agreement.fundWindow = fundWindow;
        return agreement;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String contributorCode() {
        return contributorCode;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public CurrencyCode currency() {
        return CurrencyCode.of(currency);
    }

    public Money committed() {
        return Money.of(committedAmount, currency());
    }

    public Money amendmentsTotal() {
        return amendments.stream()
                .map(a -> Money.of(a.change(), currency()))
                .reduce(Money.zero(currency()), Money::plus);
    }

    /** The commitment with every amendment: the most that may ever be deposited on it. */
    public Money commitment() {
        return committed().plus(amendmentsTotal());
    }

    /** What the amendments signed on or before {@code asOf} add up to. */
    public Money amendmentsTotalAsOf(LocalDate asOf) {
        return amendments.stream()
                .filter(a -> !a.signedOn().isAfter(asOf))
                .map(a -> Money.of(a.change(), currency()))
                .reduce(Money.zero(currency()), Money::plus);
    }

    /** The commitment as it stood at the end of {@code asOf}: only amendments signed by then count. */
    public Money commitmentAsOf(LocalDate asOf) {
        return committed().plus(amendmentsTotalAsOf(asOf));
    }

    /** Whether the agreement was signed by the end of {@code asOf}. */
    public boolean isSignedBy(LocalDate asOf) {
        return !signedOn.isAfter(asOf);
    }

    public String fundWindow() {
        return fundWindow;
    }

    /**
     * Raises (positive) or lowers (negative) the commitment by a signed amendment. A lowering never
     * takes the commitment below what is already deposited or awaiting verification, nor to zero.
     */
    public Amendment amend(LocalDate signedOn, Money change, String reason, Money depositedSoFar, String by) {
        if (!change.currency().equals(currency())) {
            throw new DomainRuleViolation(
                    "currency-differs", "agreement " + reference + " is in " + currency + ", not " + change.currency());
        }
        if (change.isZero()) {
            throw new DomainRuleViolation("amendment-zero", "an amendment changes the commitment");
        }
        if (signedOn.isBefore(this.signedOn)) {
            throw new DomainRuleViolation("amendment-before-agreement", "an amendment is signed after its agreement");
        }
        Money after = commitment().plus(change);
        if (!after.isPositive() || depositedSoFar.isGreaterThan(after)) {
            throw new DomainRuleViolation(
                    "amendment-below-deposits",
                    "agreement " + reference + " would commit " + after + " but " + depositedSoFar
                            + " is already deposited or pending");
        }
        Amendment amendment = new Amendment(amendments.size() + 1, signedOn, change.amount(), reason, by);
        amendments.add(amendment);
        return amendment;
    }

    public Earmark earmark() {
        return new Earmark(Earmark.Kind.valueOf(earmarkKind), earmarkCode);
    }

    public List<Instalment> schedule() {
        return Collections.unmodifiableList(schedule);
    }

    public List<Amendment> amendments() {
        return Collections.unmodifiableList(amendments);
    }

    public long version() {
        return version;
    }

    /**
     * Refuses a deposit that would take the deposits (recorded or posted) beyond the commitment.
     *
     * @param depositedSoFar what is already deposited or awaiting verification on this agreement
     */
    public void requireRoomFor(Money deposit, Money depositedSoFar) {
        if (!deposit.currency().equals(currency())) {
            throw new DomainRuleViolation(
                    "currency-differs",
                    "agreement " + reference + " is in " + currency + "; a deposit in " + deposit.currency()
                            + " cannot be recorded on it");
        }
        Money room = commitment().minus(depositedSoFar);
        if (deposit.isGreaterThan(room)) {
            throw new DomainRuleViolation(
                    "deposit-exceeds-commitment",
                    "agreement " + reference + " allows " + room + " more (commitment " + commitment()
                            + ", deposited or pending " + depositedSoFar + "); " + deposit + " is more than that");
        }
    }

    /** What the instalments due on or before {@code asOf} add up to. */
    public Money dueBy(LocalDate asOf) {
        return schedule.stream()
                .filter(i -> !i.dueOn().isAfter(asOf))
                .map(i -> Money.of(i.amount(), currency()))
                .reduce(Money.zero(currency()), Money::plus);
    }

    /** Instalments due by {@code asOf} and not covered by {@code paid}; zero when up to date. */
    public Money arrears(LocalDate asOf, Money paid) {
        return dueBy(asOf).minus(paid).atLeastZero();
    }

    /**
     * Whether instalment {@code number} is (partly) unpaid although due by {@code asOf}: paid money
     * covers instalments in due-date order.
     */
    public boolean isInArrears(Instalment instalment, LocalDate asOf, Money paid) {
        if (instalment.dueOn().isAfter(asOf)) {
            return false;
        }
        Money coveredUpTo = Money.zero(currency());
        for (Instalment i : schedule) {
            coveredUpTo = coveredUpTo.plus(Money.of(i.amount(), currency()));
            if (i == instalment) {
                break;
            }
        }
        return coveredUpTo.isGreaterThan(paid);
    }
}
