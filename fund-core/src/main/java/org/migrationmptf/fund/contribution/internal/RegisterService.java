package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDetail;
import org.migrationmptf.fund.contribution.api.ContributorStatement;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.CurrencyPosition;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.api.FundPosition;
import org.migrationmptf.fund.contribution.api.PledgeView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.contribution.domain.Pledge;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class RegisterService implements ContributionRegister {

    private static final Map<String, String> DEPOSIT_SORTS =
            Map.of("receivedOn", "d.receivedOn", "id", "d.id", "usdAmount", "d.usdAmount", "status", "d.status");

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AgreementFigures figures;

    @Inject
    Ledger ledger;

    @Override
    public List<ContributorSummary> contributors() {
        List<Contributor> contributors = em.createQuery(
                        "SELECT c FROM Contributor c ORDER BY c.name", Contributor.class)
                .getResultList();
        Map<String, Totals> totals = totalsByContributor(null);
        return contributors.stream()
                .map(c -> summary(c, totals.getOrDefault(c.code(), Totals.NONE)))
                .toList();
    }

    /** A contributor's public totals: posted deposits in US dollars, their fees, its agreements. */
    private record Totals(BigDecimal usd, BigDecimal fee, int agreements) {
        static final Totals NONE = new Totals(null, null, 0);
    }

    /** The totals of every contributor, or of one ({@code code} not null), in two grouped queries. */
    private Map<String, Totals> totalsByContributor(String code) {
        String only = code == null ? "" : " AND a.contributorCode = :code";
        TypedQuery<Object[]> deposits = em.createQuery(
                "SELECT a.contributorCode, SUM(d.usdAmount), SUM(d.feeUsd) FROM Deposit d, ContributionAgreement a"
                        + " WHERE d.agreementId = a.id AND d.status = 'POSTED'" + only + " GROUP BY a.contributorCode",
                Object[].class);
        TypedQuery<Object[]> agreements = em.createQuery(
                "SELECT a.contributorCode, COUNT(a) FROM ContributionAgreement a WHERE 1 = 1" + only
                        + " GROUP BY a.contributorCode",
                Object[].class);
        if (code != null) {
            deposits.setParameter("code", code);
            agreements.setParameter("code", code);
        }
        Map<String, Object[]> sums = new HashMap<>();
        deposits.getResultList().forEach(row -> sums.put((String) row[0], row));
        Map<String, Totals> totals = new HashMap<>();
        for (Object[] row : agreements.getResultList()) {
            Object[] sum = sums.getOrDefault((String) row[0], new Object[3]);
            totals.put(
                    (String) row[0],
                    new Totals((BigDecimal) sum[1], (BigDecimal) sum[2], ((Number) row[1]).intValue()));
        }
        return totals;
    }

    private static ContributorSummary summary(Contributor c, Totals totals) {
        BigDecimal usd = AgreementFigures.decimal(totals.usd());
        BigDecimal fee = AgreementFigures.decimal(totals.fee());
        return new ContributorSummary(
                c.code(), c.name(), c.kind(), c.countryIso3(), totals.agreements(), usd, fee, usd.subtract(fee));
    }

    private Contributor contributorOrNotFound(String code) {
        Contributor contributor = code == null ? null : em.find(Contributor.class, code);
        if (contributor == null) {
            throw new NotFound("contributor " + code);
        }
        return contributor;
    }

    /** The contributor, if the viewer may see its data; otherwise exactly as if it did not exist. */
    private Contributor visibleContributor(String code, AuthenticatedUser viewer) {
        if (!viewer.maySeeContributor(code)) {
            throw new NotFound("contributor " + code);
        }
        return contributorOrNotFound(code);
    }

    private ContributionAgreement visibleAgreement(long id, AuthenticatedUser viewer) {
        ContributionAgreement agreement = em.find(ContributionAgreement.class, id);
        if (agreement == null || !viewer.maySeeContributor(agreement.contributorCode())) {
            throw new NotFound("agreement " + id);
        }
        return agreement;
    }

    @Override
    public ContributorDetail contributor(String code, LocalDate asOf, Optional<AuthenticatedUser> viewer) {
        Contributor contributor = contributorOrNotFound(code);
        ContributorSummary summary =
                summary(contributor, totalsByContributor(code).getOrDefault(code, Totals.NONE));
        if (viewer.isEmpty() || !viewer.get().maySeeContributor(code)) {
            return new ContributorDetail(summary, asOf, List.of());
        }
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        for (AgreementView a : figures.views(agreementsOf(code), asOf)) {
            BigDecimal[] sum = byCurrency.computeIfAbsent(a.currency(), k -> new BigDecimal[] {
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
            });
            sum[0] = sum[0].add(a.commitment());
            sum[1] = sum[1].add(a.deposited());
            sum[2] = sum[2].add(a.pending());
            sum[3] = sum[3].add(a.remaining());
            sum[4] = sum[4].add(a.arrears());
        }
        List<CurrencyPosition> positions = new ArrayList<>();
        byCurrency.forEach(
                (currency, s) -> positions.add(new CurrencyPosition(currency, s[0], s[1], s[2], s[3], s[4])));
        return new ContributorDetail(summary, asOf, positions);
    }

    private List<ContributionAgreement> agreementsOf(String code) {
        return em.createQuery(
                        "SELECT a FROM ContributionAgreement a WHERE a.contributorCode = :code"
                                + " ORDER BY a.signedOn, a.id",
                        ContributionAgreement.class)
                .setParameter("code", code)
                .getResultList();
    }

    @Override
    public List<AgreementView> agreementsOf(String contributorCode, LocalDate asOf, AuthenticatedUser viewer) {
        visibleContributor(contributorCode, viewer);
        return figures.views(agreementsOf(contributorCode), asOf);
    }

    @Override
    public AgreementView agreement(long id, LocalDate asOf, AuthenticatedUser viewer) {
        return figures.views(List.of(visibleAgreement(id, viewer)), asOf).get(0);
    }

    @Override
    public List<DepositView> depositsOf(long agreementId, AuthenticatedUser viewer) {
        ContributionAgreement agreement = visibleAgreement(agreementId, viewer);
        return em
                .createQuery(
                        "SELECT d FROM Deposit d WHERE d.agreementId = :id ORDER BY d.receivedOn, d.id", Deposit.class)
                .setParameter("id", agreementId)
                .getResultList()
                .stream()
                .map(d -> figures.view(d, agreement))
                .toList();
    }

    @Override
    public List<DepositView> depositsOfContributor(String contributorCode, AuthenticatedUser viewer) {
        visibleContributor(contributorCode, viewer);
        return depositViews(em.createQuery(
                        "SELECT d FROM Deposit d, ContributionAgreement a WHERE d.agreementId = a.id"
                                + " AND a.contributorCode = :code ORDER BY d.receivedOn, d.id",
                        Deposit.class)
                .setParameter("code", contributorCode)
                .getResultList());
    }

    private List<DepositView> depositViews(List<Deposit> deposits) {
        Map<Long, ContributionAgreement> agreements = new HashMap<>();
        return deposits.stream()
                .map(d -> figures.view(
                        d, agreements.computeIfAbsent(d.agreementId(), id -> em.find(ContributionAgreement.class, id))))
                .toList();
    }

    @Override
    public DepositView deposit(long id, AuthenticatedUser viewer) {
        Deposit deposit = em.find(Deposit.class, id);
        if (deposit == null) {
            throw new NotFound("deposit " + id);
        }
        ContributionAgreement agreement = em.find(ContributionAgreement.class, deposit.agreementId());
        if (!viewer.maySeeContributor(agreement.contributorCode())) {
            throw new NotFound("deposit " + id);
        }
        return figures.view(deposit, agreement);
    }

    @Override
    public Page<DepositView> deposits(Optional<String> status, PageRequest page, AuthenticatedUser viewer) {
        String sort = DEPOSIT_SORTS.get(page.sortOr("receivedOn", DEPOSIT_SORTS.keySet()));
        String where = status.isPresent() ? " WHERE d.status = :status" : "";
        if (!viewer.isFundStaff() && viewer.contributor().isEmpty()) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        String scope = !viewer.isFundStaff()
                ? (where.isEmpty() ? " WHERE" : " AND")
                        + " d.agreementId IN (SELECT a.id FROM ContributionAgreement a WHERE a.contributorCode = :own)"
                : "";
        TypedQuery<Deposit> query = em.createQuery(
                "SELECT d FROM Deposit d" + where + scope + " ORDER BY " + sort + (page.descending() ? " DESC" : " ASC")
                        + ", d.id" + (page.descending() ? " DESC" : " ASC"),
                Deposit.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM Deposit d" + where + scope, Long.class);
        status.ifPresent(s -> {
            query.setParameter("status", s);
            count.setParameter("status", s);
        });
        if (!scope.isEmpty()) {
            query.setParameter("own", viewer.contributorCode());
            count.setParameter("own", viewer.contributorCode());
        }
        List<DepositView> items = depositViews(
                query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList());
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public List<PledgeView> pledges(Optional<String> contributorCode) {
        String where = contributorCode.isPresent() ? " WHERE p.contributorCode = :code" : "";
        TypedQuery<Pledge> query = em.createQuery(
                "SELECT p FROM Pledge p" + where + " ORDER BY p.pledgedOn, p.contributorCode", Pledge.class);
        contributorCode.ifPresent(c -> query.setParameter("code", c));
        List<Pledge> pledges = query.getResultList();
        List<Long> agreementIds = pledges.stream()
                .map(Pledge::agreementId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, BigDecimal[]> sums = figures.sums(agreementIds, LocalDate.of(9999, 12, 31));
        Map<String, String> names = new HashMap<>();
        return pledges.stream()
                .map(p -> {
                    ContributionAgreement a =
                            p.agreementId() == null ? null : em.find(ContributionAgreement.class, p.agreementId());
                    return new PledgeView(
                            p.id(),
                            p.contributorCode(),
                            names.computeIfAbsent(p.contributorCode(), c -> em.find(Contributor.class, c)
                                    .name()),
                            p.event(),
                            p.pledgedOn(),
                            p.currency(),
                            p.amount(),
                            a == null ? null : a.reference(),
                            a == null ? null : a.commitment().amount(),
                            a == null
                                    ? null
                                    : sums.getOrDefault(a.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1]
                                            .setScale(Money.SCALE));
                })
                .toList();
    }

    @Override
    public ContributorStatement statement(
            String contributorCode, LocalDate from, LocalDate to, AuthenticatedUser viewer) {
        Contributor contributor = visibleContributor(contributorCode, viewer);
        List<AgreementView> agreements = figures.views(agreementsOf(contributorCode), to);
        List<DepositView> deposits = depositsOfContributor(contributorCode, viewer).stream()
                .filter(d -> "POSTED".equals(d.status()))
                .filter(d -> !d.receivedOn().isAfter(to))
                .toList();
        List<DepositView> inPeriod =
                deposits.stream().filter(d -> !d.receivedOn().isBefore(from)).toList();
        return new ContributorStatement(
                contributor.code(),
                contributor.name(),
                from,
                to,
                agreements,
                inPeriod,
                sum(inPeriod, DepositView::usdAmount),
                sum(inPeriod, DepositView::feeUsd),
                sum(inPeriod, DepositView::netUsd),
                sum(deposits, DepositView::usdAmount),
                sum(deposits, DepositView::feeUsd),
                fundPosition(to));
    }

    private static BigDecimal sum(List<DepositView> deposits, java.util.function.Function<DepositView, BigDecimal> f) {
        return deposits.stream().map(f).reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
    }

    /** Sources, uses and cash from the ledger's trial balance at the end of {@code asOf}. */
    FundPosition fundPosition(LocalDate asOf) {
        TrialBalance tb = ledger.trialBalance(asOf);
        Map<String, BigDecimal> balance = new HashMap<>();
        tb.rows().forEach(r -> balance.put(r.account(), r.balance()));
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.SCALE);
        return new FundPosition(
                asOf,
                balance.getOrDefault(LedgerAccounts.CONTRIBUTIONS, zero).negate(),
                balance.getOrDefault(LedgerAccounts.INTEREST_FROM_FUND, zero)
                        .add(balance.getOrDefault(LedgerAccounts.INTEREST_FROM_PUNOS, zero))
                        .negate(),
                balance.getOrDefault(LedgerAccounts.AA_FEE, zero),
                balance.getOrDefault(LedgerAccounts.BANK_CHARGES, zero),
                balance.getOrDefault(LedgerAccounts.TRANSFERRED_TO_PUNOS, zero),
                balance.getOrDefault(LedgerAccounts.CASH_WITH_AA, zero));
    }
}
