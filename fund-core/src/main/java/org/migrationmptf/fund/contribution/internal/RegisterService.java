package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDetail;
import org.migrationmptf.fund.contribution.api.ContributorRow;
import org.migrationmptf.fund.contribution.api.ContributorStatement;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.CurrencyPosition;
import org.migrationmptf.fund.contribution.api.DepositPreview;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.api.PledgeView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.contribution.domain.Pledge;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class RegisterService implements ContributionRegister {

    private static final Map<String, String> DEPOSIT_SORTS =
            Map.of("receivedOn", "d.receivedOn", "id", "d.id", "usdAmount", "d.usdAmount", "status", "d.status");

    private static final BigDecimal USD_ZERO = BigDecimal.ZERO.setScale(Money.USD_SCALE);

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AgreementFigures figures;

    @Inject
    ContributorRoll roll;

    @Inject
    DepositConversion conversion;

    @Inject
    Ledger ledger;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

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

    @Override
    public Page<ContributorRow> contributorRoll(
            String filter, PageRequest page, LocalDate asOf, AuthenticatedUser viewer) {
        calendar.require("asOf", asOf);
        return roll.roll(filter, page, asOf, viewer);
    }

    @Override
    public long contributorVersion(String code) {
        return contributorOrNotFound(code).version();
    }

    /** One contributor's public summary. */
    ContributorSummary summary(String code) {
        return summary(contributorOrNotFound(code), totalsByContributor(code).getOrDefault(code, Totals.NONE));
    }

    /** A contributor just registered: no agreement, nothing deposited. */
    static ContributorSummary summaryOf(Contributor c) {
        return summary(c, Totals.NONE);
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
                        + " WHERE d.agreementId = a.id AND d.status = :posted" + only + " GROUP BY a.contributorCode",
                Object[].class);
        deposits.setParameter("posted", DepositStatus.POSTED);
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
        BigDecimal usd = AgreementFigures.usd(totals.usd());
        BigDecimal fee = AgreementFigures.usd(totals.fee());
        return new ContributorSummary(
                c.code(), c.name(), c.kind().name(), c.countryIso3(), totals.agreements(), usd, fee, usd.subtract(fee));
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
        calendar.require("asOf", asOf);
        Contributor contributor = contributorOrNotFound(code);
        ContributorSummary summary =
                summary(contributor, totalsByContributor(code).getOrDefault(code, Totals.NONE));
        if (viewer.isEmpty() || !viewer.get().maySeeContributor(code)) {
            return new ContributorDetail(summary, asOf, List.of());
        }
        Map<String, Money[]> byCurrency = new TreeMap<>();
        for (AgreementView a : figures.views(agreementsOf(code), asOf)) {
            CurrencyCode currency = CurrencyCode.of(a.currency());
            Money[] sum = byCurrency.computeIfAbsent(a.currency(), k -> new Money[] {
                Money.zero(currency),
                Money.zero(currency),
                Money.zero(currency),
                Money.zero(currency),
                Money.zero(currency)
            });
            sum[0] = sum[0].plus(Money.of(a.commitment(), currency));
            sum[1] = sum[1].plus(Money.of(a.deposited(), currency));
            sum[2] = sum[2].plus(Money.of(a.pending(), currency));
            sum[3] = sum[3].plus(Money.of(a.remaining(), currency));
            sum[4] = sum[4].plus(Money.of(a.arrears(), currency));
        }
        List<CurrencyPosition> positions = new ArrayList<>();
        byCurrency.forEach((currency, s) -> positions.add(new CurrencyPosition(
                currency, s[0].amount(), s[1].amount(), s[2].amount(), s[3].amount(), s[4].amount())));
        return new ContributorDetail(summary, asOf, positions);
    }

    private List<ContributionAgreement> agreementsOf(String code) {
        return AgreementFigures.withTerms(em.createQuery(
                        "SELECT a FROM ContributionAgreement a WHERE a.contributorCode = :code"
                                + " ORDER BY a.signedOn, a.id",
                        ContributionAgreement.class))
                .setParameter("code", code)
                .getResultList();
    }

    @Override
    public List<AgreementView> agreementsOf(String contributorCode, LocalDate asOf, AuthenticatedUser viewer) {
        calendar.require("asOf", asOf);
        visibleContributor(contributorCode, viewer);
        return figures.views(agreementsOf(contributorCode), asOf);
    }

    @Override
    public Page<AgreementView> agreements(LocalDate asOf, PageRequest page, AuthenticatedUser viewer) {
        calendar.require("asOf", asOf);
        if (!viewer.isFundStaff() && viewer.contributor().isEmpty()) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        String scope = viewer.isFundStaff() ? "" : " AND a.contributorCode = :own";
        TypedQuery<ContributionAgreement> query = AgreementFigures.withTerms(em.createQuery(
                "SELECT a FROM ContributionAgreement a WHERE a.signedOn <= :asOf" + scope
                        + " ORDER BY a.signedOn, a.id",
                ContributionAgreement.class));
        TypedQuery<Long> count = em.createQuery(
                "SELECT COUNT(a) FROM ContributionAgreement a WHERE a.signedOn <= :asOf" + scope, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("asOf", asOf);
            if (!scope.isEmpty()) {
                q.setParameter("own", viewer.contributorCode());
            }
        }
        List<ContributionAgreement> rows =
                query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return new Page<>(figures.views(rows, asOf), count.getSingleResult(), page.offset(), page.limit());
    }

    @Override
    public List<org.migrationmptf.fund.contribution.api.ContributorDeposits> depositsBetween(
            LocalDate from, LocalDate to, AuthenticatedUser viewer) {
        calendar.require("from", from);
        calendar.require("to", to);
        if (!viewer.isFundStaff() && viewer.contributor().isEmpty()) {
            return List.of();
        }
        return deposited(from, to, viewer.isFundStaff() ? null : viewer.contributorCode());
    }

    @Override
    public List<org.migrationmptf.fund.contribution.api.ContributorDeposits> depositedThrough(LocalDate asOf) {
        calendar.require("asOf", asOf);
        return deposited(calendar.earliest(), asOf, null);
    }

    /** Posted deposits received {@code from} to {@code to} by contributor (of one, if {@code only}). */
    private List<org.migrationmptf.fund.contribution.api.ContributorDeposits> deposited(
            LocalDate from, LocalDate to, String only) {
        String own = only == null ? "" : " AND c.code = ?3";
        var query = em.createNativeQuery("SELECT c.code, c.name, SUM(d.usd_amount), SUM(d.fee_usd)"
                + " FROM deposit d JOIN contribution_agreement a ON a.id = d.agreement_id"
                + " JOIN contributor c ON c.code = a.contributor_code"
                + " WHERE d.status = 'POSTED' AND d.received_on >= ?1 AND d.received_on <= ?2" + own
                + " GROUP BY c.code, c.name ORDER BY c.code");
        query.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
        if (only != null) {
            query.setParameter(3, only);
        }
        List<org.migrationmptf.fund.contribution.api.ContributorDeposits> rows = new java.util.ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new org.migrationmptf.fund.contribution.api.ContributorDeposits(
                    c[0].toString().trim(),
                    c[1].toString(),
                    AgreementFigures.decimal(c[2]),
                    AgreementFigures.decimal(c[3])));
        }
        return rows;
    }

    @Override
    public AgreementView agreement(long id, LocalDate asOf, AuthenticatedUser viewer) {
        calendar.require("asOf", asOf);
        ContributionAgreement agreement = visibleAgreement(id, viewer);
        if (!agreement.isSignedBy(asOf)) {
            throw new NotFound(
                    "agreement " + id + " as of " + asOf + " (it was signed on " + agreement.signedOn() + ")");
        }
        return figures.views(List.of(agreement), asOf).get(0);
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

    @Override
    public Page<DepositView> depositsOfContributor(String contributorCode, PageRequest page, AuthenticatedUser viewer) {
        visibleContributor(contributorCode, viewer);
        String sort = DEPOSIT_SORTS.get(page.sortOr("receivedOn", DEPOSIT_SORTS.keySet()));
        String direction = page.descending() ? " DESC" : " ASC";
        String from =
                " FROM Deposit d, ContributionAgreement a WHERE d.agreementId = a.id AND a.contributorCode = :code";
        List<Deposit> deposits = em.createQuery(
                        "SELECT d" + from + " ORDER BY " + sort + direction + ", d.id" + direction, Deposit.class)
                .setParameter("code", contributorCode)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        long total = em.createQuery("SELECT COUNT(d)" + from, Long.class)
                .setParameter("code", contributorCode)
                .getSingleResult();
        return new Page<>(depositViews(deposits), total, page.offset(), page.limit());
    }

    @Override
    public SortedMap<Integer, BigDecimal> depositsPerYear(
            String contributorCode, LocalDate asOf, AuthenticatedUser viewer) {
        calendar.require("asOf", asOf);
        visibleContributor(contributorCode, viewer);
        String from = " FROM Deposit d, ContributionAgreement a WHERE d.agreementId = a.id"
                + " AND a.contributorCode = :code AND d.status = :posted AND d.receivedOn <= :asOf";
        LocalDate first = em.createQuery("SELECT MIN(d.receivedOn)" + from, LocalDate.class)
                .setParameter("code", contributorCode)
                .setParameter("posted", DepositStatus.POSTED)
                .setParameter("asOf", asOf)
                .getSingleResult();
        SortedMap<Integer, BigDecimal> perYear = new TreeMap<>();
        if (first == null) {
            return perYear;
        }
        // one conditional sum per year in one statement (the years are few, bounded by the fund's
        // calendar); COUNT first, so the result is a row of columns even when there is one year
        StringBuilder select = new StringBuilder("SELECT COUNT(d)");
        for (int year = first.getYear(); year <= asOf.getYear(); year++) {
            select.append(", SUM(CASE WHEN d.receivedOn >= :s")
                    .append(year)
                    .append(" AND d.receivedOn < :e")
                    .append(year)
                    .append(" THEN d.usdAmount ELSE 0 END)");
        }
        TypedQuery<Object[]> query = em.createQuery(select + from, Object[].class)
                .setParameter("code", contributorCode)
                .setParameter("posted", DepositStatus.POSTED)
                .setParameter("asOf", asOf);
        for (int year = first.getYear(); year <= asOf.getYear(); year++) {
            query.setParameter("s" + year, LocalDate.of(year, 1, 1))
                    .setParameter("e" + year, LocalDate.of(year + 1, 1, 1));
        }
        Object[] sums = query.getSingleResult();
        for (int year = first.getYear(); year <= asOf.getYear(); year++) {
            perYear.put(year, AgreementFigures.usd(sums[1 + year - first.getYear()]));
        }
        return perYear;
    }

    private List<DepositView> depositViews(List<Deposit> deposits) {
        Map<Long, ContributionAgreement> agreements = new HashMap<>();
        List<Long> ids = deposits.stream().map(Deposit::agreementId).distinct().toList();
        if (!ids.isEmpty()) {
            AgreementFigures.withTerms(em.createQuery(
                            "SELECT a FROM ContributionAgreement a WHERE a.id IN :ids", ContributionAgreement.class))
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(a -> agreements.put(a.id(), a));
        }
        return deposits.stream()
                .map(d -> figures.view(d, agreements.get(d.agreementId())))
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
    public Page<DepositView> deposits(Optional<DepositStatus> status, PageRequest page, AuthenticatedUser viewer) {
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
                .filter(Objects::nonNull)
                .toList();
        Map<Long, AgreementFigures.Sums> sums = figures.sums(agreementIds, LocalDate.now(clock));
        Map<Long, ContributionAgreement> agreements = new HashMap<>();
        if (!agreementIds.isEmpty()) {
            AgreementFigures.withTerms(em.createQuery(
                            "SELECT a FROM ContributionAgreement a WHERE a.id IN :ids", ContributionAgreement.class))
                    .setParameter("ids", agreementIds)
                    .getResultList()
                    .forEach(a -> agreements.put(a.id(), a));
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT c FROM Contributor c", Contributor.class)
                .getResultList()
                .forEach(c -> names.put(c.code(), c.name()));
        return pledges.stream()
                .map(p -> {
                    ContributionAgreement a = p.agreementId() == null ? null : agreements.get(p.agreementId());
                    CurrencyCode currency = CurrencyCode.of(p.currency());
                    return new PledgeView(
                            p.id(),
                            p.contributorCode(),
                            names.get(p.contributorCode()),
                            p.event(),
                            p.pledgedOn(),
                            p.currency(),
                            Money.of(p.amount(), currency).amount(),
                            a == null ? null : a.reference(),
                            a == null ? null : a.commitment().amount(),
                            a == null
                                    ? null
                                    : AgreementFigures.money(
                                                    sums.getOrDefault(a.id(), AgreementFigures.Sums.NONE)
                                                            .deposited(),
                                                    a.currency())
                                            .amount());
                })
                .toList();
    }

    @Override
    public ContributorStatement statement(
            String contributorCode, LocalDate from, LocalDate to, AuthenticatedUser viewer) {
        calendar.require("to", to);
        calendar.require("from", from);
        Contributor contributor = visibleContributor(contributorCode, viewer);
        List<AgreementView> agreements = figures.views(agreementsOf(contributorCode), to);
        List<DepositView> deposits = depositsOfContributor(contributorCode, viewer).stream()
                .filter(d -> d.status() == DepositStatus.POSTED)
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
                ledger.fundPosition(to));
    }

    private static BigDecimal sum(List<DepositView> deposits, Function<DepositView, BigDecimal> f) {
        return deposits.stream().map(f).reduce(USD_ZERO, BigDecimal::add);
    }

    @Override
    public DepositPreview previewDeposit(long agreementId, DepositRequest request, AuthenticatedUser viewer) {
        viewer.require(Permission.RECORD_DEPOSIT);
        calendar.require("receivedOn", request.receivedOn());
        ContributionAgreement agreement = visibleAgreement(agreementId, viewer);
        Money amount = Money.ofField("amount", request.amount(), agreement.currency());
        Money sofar = figures.depositedOrPending(agreement);
        agreement.requireRoomFor(amount, sofar);
        ConvertedAmount converted = conversion.convert(amount, request);
        Money fee = Deposit.feeOn(converted.usd());
        return new DepositPreview(
                agreement.reference(),
                agreement.currency().value(),
                amount.amount(),
                converted.unitsPerUsd(),
                converted.rateDate(),
                converted.source().name(),
                converted.usd().amount(),
                fee.amount(),
                converted.usd().minus(fee).amount(),
                agreement
                        .commitmentAsOf(LocalDate.now(clock))
                        .minus(sofar)
                        .minus(amount)
                        .atLeastZero()
                        .amount());
    }
}
