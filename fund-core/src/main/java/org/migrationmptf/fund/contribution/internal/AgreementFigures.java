package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.contribution.domain.Instalment;
import org.migrationmptf.fund.shared.Money;

/**
 * Turns agreements and deposits into the views the API, the pages and the statement share, so the
 * three always show the same figures. Sums are computed in SQL, per agreement, in one query.
 */
@ApplicationScoped
class AgreementFigures {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    /** Deposited (posted, received by {@code asOf}) and pending amounts per agreement id. */
    Map<Long, BigDecimal[]> sums(List<Long> agreementIds, LocalDate asOf) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return sums;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT d.agreementId,"
                                + " SUM(CASE WHEN d.status = 'POSTED' AND d.receivedOn <= :asOf THEN d.amount ELSE 0 END),"
                                + " SUM(CASE WHEN d.status = 'POSTED' THEN d.amount ELSE 0 END),"
                                + " SUM(CASE WHEN d.status = 'RECORDED' THEN d.amount ELSE 0 END)"
                                + " FROM Deposit d WHERE d.agreementId IN :ids GROUP BY d.agreementId",
                        Object[].class)
                .setParameter("asOf", asOf)
                .setParameter("ids", agreementIds)
                .getResultList();
        for (Object[] row : rows) {
            sums.put(((Number) row[0]).longValue(), new BigDecimal[] {decimal(row[1]), decimal(row[2]), decimal(row[3])
            });
        }
        return sums;
    }

    /** What is deposited or awaiting verification on one agreement: the room check's "so far". */
    Money depositedOrPending(ContributionAgreement agreement) {
        BigDecimal sum = em.createQuery(
                        "SELECT COALESCE(SUM(d.amount), 0) FROM Deposit d WHERE d.agreementId = :id"
                                + " AND d.status <> 'REJECTED'",
                        BigDecimal.class)
                .setParameter("id", agreement.id())
                .getSingleResult();
        return Money.of(decimal(sum), agreement.currency());
    }

    List<AgreementView> views(List<ContributionAgreement> agreements, LocalDate asOf) {
        Map<Long, BigDecimal[]> sums =
                sums(agreements.stream().map(ContributionAgreement::id).toList(), asOf);
        Map<String, String> names = new HashMap<>();
        return agreements.stream()
                .map(a -> view(
                        a,
                        names.computeIfAbsent(a.contributorCode(), c -> em.find(Contributor.class, c)
                                .name()),
                        sums.getOrDefault(a.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}),
                        asOf))
                .toList();
    }

    private AgreementView view(ContributionAgreement a, String contributorName, BigDecimal[] sums, LocalDate asOf) {
        Money depositedAsOf = Money.of(decimal(sums[0]), a.currency());
        Money depositedAll = Money.of(decimal(sums[1]), a.currency());
        Money pending = Money.of(decimal(sums[2]), a.currency());
        Money remaining = a.commitment().minus(depositedAll).minus(pending);
        return new AgreementView(
                a.id(),
                a.reference(),
                a.contributorCode(),
                contributorName,
                a.signedOn(),
                a.currency().value(),
                a.committed().amount(),
                a.amendmentsTotal().amount(),
                a.commitment().amount(),
                depositedAsOf.amount(),
                pending.amount(),
                remaining.amount(),
                a.arrears(asOf, depositedAsOf).amount(),
                asOf,
                a.fundWindow(),
                a.earmark().kind().name(),
                a.earmark().code(),
                a.schedule().stream()
                        .map(i -> instalment(a, i, asOf, depositedAsOf))
                        .toList(),
                a.amendments().stream()
                        .map(m -> new AgreementView.Amendment(m.number(), m.signedOn(), m.change(), m.reason()))
                        .toList(),
                a.version());
    }

    private static AgreementView.Instalment instalment(
            ContributionAgreement a, Instalment i, LocalDate asOf, Money paid) {
        return new AgreementView.Instalment(i.number(), i.dueOn(), i.amount(), a.isInArrears(i, asOf, paid));
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

    static BigDecimal decimal(Object value) {
        return value == null
                ? BigDecimal.ZERO.setScale(Money.SCALE)
                : new BigDecimal(value.toString()).setScale(Money.SCALE, Money.ROUNDING);
    }
}
