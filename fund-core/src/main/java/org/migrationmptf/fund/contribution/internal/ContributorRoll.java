package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorRow;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.ExchangeRate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The staff's contributors page: one slice of contributors sorted and filtered in the database
 * with their posted totals, then the slice's agreements and rates in a fixed number of queries, so
 * the page costs the same whatever the number of contributors, agreements or deposits.
 */
@ApplicationScoped
class ContributorRoll {

    private static final Map<String, String> SORTS = Map.of(
            "code", "c.code",
            "name", "LOWER(c.name)",
            "agreements", "agreements",
            "depositedUsd", "deposited",
            "feeUsd", "fee");

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AgreementFigures figures;

    Page<ContributorRow> roll(String filter, PageRequest page, LocalDate asOf, AuthenticatedUser viewer) {
        String sort = SORTS.get(page.sortOr("name", ContributionRegister.CONTRIBUTOR_ROLL_SORTS));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<Integer, Object> parameters = new HashMap<>();
        if (filter != null && !filter.isBlank()) {
            where.append(" AND (LOWER(c.code) LIKE ? OR LOWER(c.name) LIKE ?)");
            String like = "%"
                    + filter.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            parameters.put(1, like);
            parameters.put(2, like);
        }
        if (!viewer.isFundStaff()) {
            where.append(" AND c.code = ?");
            parameters.put(parameters.size() + 1, viewer.contributor().orElse(""));
        }
        String direction = page.descending() ? " DESC" : " ASC";
        Query query = em.createNativeQuery("SELECT c.code, c.name, c.kind, c.country_iso3,"
                + " COALESCE(n.agreements, 0) AS agreements, COALESCE(t.deposited, 0) AS deposited,"
                + " COALESCE(t.fee, 0) AS fee"
                + " FROM contributor c"
                + " LEFT JOIN (SELECT a.contributor_code, COUNT(*) AS agreements FROM contribution_agreement a"
                + " GROUP BY a.contributor_code) n ON n.contributor_code = c.code"
                + " LEFT JOIN (SELECT a.contributor_code, SUM(d.usd_amount) AS deposited, SUM(d.fee_usd) AS fee"
                + " FROM deposit d JOIN contribution_agreement a ON a.id = d.agreement_id WHERE d.status = 'POSTED'"
                + " GROUP BY a.contributor_code) t ON t.contributor_code = c.code"
                + where + " ORDER BY " + sort + direction + ", c.code" + direction);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM contributor c" + where);
        parameters.forEach((position, value) -> {
            query.setParameter(position, value);
            count.setParameter(position, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(rows(rows, asOf), total, page.offset(), page.limit());
    }

    private List<ContributorRow> rows(List<Object[]> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> codes = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        List<ContributionAgreement> agreements = AgreementFigures.withTerms(em.createQuery(
                        "SELECT a FROM ContributionAgreement a WHERE a.contributorCode IN :codes ORDER BY a.id",
                        ContributionAgreement.class))
                .setParameter("codes", codes)
                .getResultList();
        List<AgreementView> views = figures.views(agreements, asOf, names);
        Map<Long, BigDecimal[]> usd = usdByAgreement(views, asOf);
        Map<String, BigDecimal> rates = rates(views, asOf);
        List<ContributorRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            String code = (String) r[0];
            Money committed = Money.zero(CurrencyCode.USD);
            Money arrears = Money.zero(CurrencyCode.USD);
            TreeSet<String> currencies = new TreeSet<>();
            TreeSet<String> unconverted = new TreeSet<>();
            for (AgreementView a : views) {
                if (!a.contributorCode().equals(code)) {
                    continue;
                }
                currencies.add(a.currency());
                BigDecimal[] sums = usd.getOrDefault(a.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                committed = committed.plus(Money.rounded(sums[0].add(sums[1]), CurrencyCode.USD));
                BigDecimal rate = rates.get(a.currency());
                if (rate == null) {
                    if (a.remaining().signum() > 0 || a.arrears().signum() > 0) {
                        unconverted.add(a.currency());
                    }
                    continue;
                }
                committed = committed.plus(toUsd(a.remaining(), a.currency(), rate, asOf));
                arrears = arrears.plus(toUsd(a.arrears(), a.currency(), rate, asOf));
            }
            result.add(new ContributorRow(
                    code,
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).intValue(),
                    committed.amount(),
                    AgreementFigures.usd(r[5]),
                    AgreementFigures.usd(r[6]),
                    arrears.amount(),
                    List.copyOf(currencies),
                    List.copyOf(unconverted)));
        }
        return result;
    }

    private static Money toUsd(BigDecimal amount, String currency, BigDecimal rate, LocalDate asOf) {
        CurrencyCode code = CurrencyCode.of(currency);
        if (code.equals(CurrencyCode.USD)) {
            return Money.of(amount, CurrencyCode.USD);
        }
        return ConvertedAmount.atOperationalRate(Money.of(amount, code), rate, asOf)
                .usd();
    }

    /** Posted and pending US dollars per agreement with a value date by {@code asOf}. */
    private Map<Long, BigDecimal[]> usdByAgreement(List<AgreementView> views, LocalDate asOf) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        if (views.isEmpty()) {
            return sums;
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT d.agreementId,"
                                + " SUM(CASE WHEN d.status = :posted THEN d.usdAmount ELSE 0 END),"
                                + " SUM(CASE WHEN d.status = :recorded THEN d.usdAmount ELSE 0 END)"
                                + " FROM Deposit d WHERE d.agreementId IN :ids AND d.receivedOn <= :asOf"
                                + " GROUP BY d.agreementId",
                        Object[].class)
                .setParameter("posted", org.migrationmptf.fund.contribution.api.DepositStatus.POSTED)
                .setParameter("recorded", org.migrationmptf.fund.contribution.api.DepositStatus.RECORDED)
                .setParameter("ids", views.stream().map(AgreementView::id).toList())
                .setParameter("asOf", asOf)
                .getResultList();
        for (Object[] row : rows) {
            sums.put(
                    ((Number) row[0]).longValue(),
                    new BigDecimal[] {AgreementFigures.decimal(row[1]), AgreementFigures.decimal(row[2])});
        }
        return sums;
    }

    /** The latest UN operational rate in force on {@code asOf} of each currency the agreements are in. */
    private Map<String, BigDecimal> rates(List<AgreementView> views, LocalDate asOf) {
        List<String> currencies = views.stream()
                .map(AgreementView::currency)
                .filter(c -> !c.equals(CurrencyCode.USD.value()))
                .distinct()
                .toList();
        Map<String, BigDecimal> rates = new HashMap<>();
        if (currencies.isEmpty()) {
            return rates;
        }
        em.createQuery(
                        "SELECT r FROM ExchangeRate r WHERE r.currency IN :currencies AND r.effectiveOn ="
                                + " (SELECT MAX(q.effectiveOn) FROM ExchangeRate q WHERE q.currency = r.currency"
                                + " AND q.effectiveOn <= :asOf)",
                        ExchangeRate.class)
                .setParameter("currencies", currencies)
                .setParameter("asOf", asOf)
                .getResultList()
                .forEach(r -> rates.put(r.currency(), r.unitsPerUsd()));
        return rates;
    }
}
