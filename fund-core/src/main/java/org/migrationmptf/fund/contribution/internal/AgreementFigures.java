package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.contribution.domain.Instalment;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.Money;

/**
 * Turns agreements and deposits into the views the API, the pages and the statement share, so the
 * three always show the same figures. Sums are computed in SQL, per agreement, in one query.
 *
 * <p>Figures as of a date D are true at D (design.md invariant 15): the commitment counts only the
 * amendments signed by D; deposited counts posted deposits with a value date by D, pending the
 * deposits with a value date by D still awaiting their checker; remaining and arrears follow from
 * those. Rejected deposits never count.
 */
@ApplicationScoped
class AgreementFigures {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    /** Deposited and pending amounts of one agreement as of a date, in its currency. */
    record Sums(BigDecimal deposited, BigDecimal pending) {
        static final Sums NONE = new Sums(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Deposited (posted) and pending (recorded) amounts with a value date by {@code asOf}, per agreement id. */
    Map<Long, Sums> sums(List<Long> agreementIds, LocalDate asOf) {
        Map<Long, Sums> sums = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return sums;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT d.agreementId,"
                                + " SUM(CASE WHEN d.status = :posted THEN d.amount ELSE 0 END),"
                                + " SUM(CASE WHEN d.status = :recorded THEN d.amount ELSE 0 END)"
                                + " FROM Deposit d WHERE d.agreementId IN :ids AND d.receivedOn <= :asOf"
                                + " GROUP BY d.agreementId",
                        Object[].class)
                .setParameter("posted", DepositStatus.POSTED)
                .setParameter("recorded", DepositStatus.RECORDED)
                .setParameter("asOf", asOf)
                .setParameter("ids", agreementIds)
                .getResultList();
        for (Object[] row : rows) {
            sums.put(((Number) row[0]).longValue(), new Sums(decimal(row[1]), decimal(row[2])));
        }
        return sums;
    }

    /** What is deposited or awaiting verification on one agreement, whatever the date: the room check's "so far". */
    Money depositedOrPending(ContributionAgreement agreement) {
        BigDecimal sum = em.createQuery(
                        "SELECT COALESCE(SUM(d.amount), 0) FROM Deposit d WHERE d.agreementId = :id"
                                + " AND d.status <> :rejected",
                        BigDecimal.class)
                .setParameter("id", agreement.id())
                .setParameter("rejected", DepositStatus.REJECTED)
                .getSingleResult();
        return money(sum, agreement.currency());
    }

    /** Views as of {@code asOf}; agreements signed after it are left out. */
    List<AgreementView> views(List<ContributionAgreement> agreements, LocalDate asOf) {
        return views(agreements, asOf, new HashMap<>());
    }

    /** Views as of {@code asOf}, with the contributors' names the caller already holds (others are looked up). */
    List<AgreementView> views(List<ContributionAgreement> agreements, LocalDate asOf, Map<String, String> names) {
        List<ContributionAgreement> signed =
                agreements.stream().filter(a -> a.isSignedBy(asOf)).toList();
        Map<Long, Sums> sums =
                sums(signed.stream().map(ContributionAgreement::id).toList(), asOf);
        Map<String, String> known = new HashMap<>(names);
        return signed.stream()
                .map(a -> view(
                        a,
                        known.computeIfAbsent(a.contributorCode(), c -> em.find(Contributor.class, c)
                                .name()),
                        sums.getOrDefault(a.id(), Sums.NONE),
                        asOf))
                .toList();
    }

    private AgreementView view(ContributionAgreement a, String contributorName, Sums sums, LocalDate asOf) {
        CurrencyCode currency = a.currency();
        Money deposited = money(sums.deposited(), currency);
        Money pending = money(sums.pending(), currency);
        Money commitment = a.commitmentAsOf(asOf);
        Money remaining = commitment.minus(deposited).minus(pending).atLeastZero();
        return new AgreementView(
                a.id(),
                a.reference(),
                a.contributorCode(),
                contributorName,
                a.signedOn(),
                currency.value(),
                a.committed().amount(),
                a.amendmentsTotalAsOf(asOf).amount(),
                commitment.amount(),
                deposited.amount(),
                pending.amount(),
                remaining.amount(),
                a.arrears(asOf, deposited).amount(),
                asOf,
                a.fundWindow(),
                a.earmark().kind().name(),
                a.earmark().code(),
                a.schedule().stream()
                        .map(i -> instalment(a, i, asOf, deposited))
                        .toList(),
                a.amendments().stream()
                        .filter(m -> !m.signedOn().isAfter(asOf))
                        .map(m -> new AgreementView.Amendment(
                                m.number(),
                                m.signedOn(),
                                money(m.change(), currency).amount(),
                                m.reason()))
                        .toList(),
                a.version());
    }

    private static AgreementView.Instalment instalment(
            ContributionAgreement a, Instalment i, LocalDate asOf, Money paid) {
        return new AgreementView.Instalment(
                i.number(), i.dueOn(), money(i.amount(), a.currency()).amount(), a.isInArrears(i, asOf, paid));
    }

    DepositView view(Deposit d, ContributionAgreement a) {
        return new DepositView(
                d.id(),
                a.id(),
                a.reference(),
                a.contributorCode(),
                d.receivedOn(),
                d.original().currency().value(),
                d.original().amount(),
                d.unitsPerUsd(),
                d.rateDate(),
                d.rateSource(),
                d.usd().amount(),
                d.fee().amount(),
                d.usd().minus(d.fee()).amount(),
                a.earmark().label(),
                d.bankReference(),
                d.bankStatedRate() == null ? null : d.bankStatedRate().stripTrailingZeros(),
                d.status(),
                d.recordedBy(),
                d.recordedAt(),
                d.verifiedBy(),
                d.verifiedAt(),
                d.depositEntryId(),
                d.feeEntryId(),
                d.rejectionReason(),
                d.version());
    }

    /**
     * An agreements query that loads the schedules and amendments of all its agreements in one
     * statement each (batch IN), not one pair of statements per agreement.
     */
    static TypedQuery<ContributionAgreement> withTerms(TypedQuery<ContributionAgreement> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "a.schedule")
                .setHint("eclipselink.batch", "a.amendments");
    }

    /** A stored or summed amount at its currency's decimals (the columns keep four). */
    static Money money(Object value, CurrencyCode currency) {
        return Money.of(decimal(value), currency);
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    /** A US dollar sum at two decimals. */
    static BigDecimal usd(Object value) {
        return Money.of(decimal(value), CurrencyCode.USD).amount();
    }
}
