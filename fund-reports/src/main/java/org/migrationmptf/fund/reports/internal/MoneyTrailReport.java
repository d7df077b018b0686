package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPosition;
import org.migrationmptf.fund.ledger.api.LedgerPositions;
import org.migrationmptf.fund.reference.api.BudgetCategoryView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reports.api.MoneyTrail;
import org.migrationmptf.fund.reports.api.MoneyTrails;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.NotFound;

/**
 * The money trail from maintained figures only: the ledger's positions (contributions, fee, interest,
 * costs by earmark; transfers by programme and PUNO), the approved allocations per programme, PUNO,
 * area and window, and the expenditure position per category: five statements, plus one for a
 * deposit or a contributor, whatever the size of the fund. The trail is as of today: a pool's
 * sources grow with every deposit, and so a deposit's share of each use moves with them (ADR 0012).
 */
@ApplicationScoped
class MoneyTrailReport implements MoneyTrails {

    static final String REPORT = "money-trail";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    LedgerPositions positions;

    @Inject
    AllocationRegister allocations;

    @Inject
    ExpenditureRegister expenditure;

    @Inject
    ContributionRegister contributions;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ReportIssuing issuing;

    @Inject
    Clock clock;

    /** Links to the API's records behind each step (the ledger entries, allocations, transfers, reports). */
    static final TrailBuilder.Links API_LINKS = new TrailBuilder.Links() {
        @Override
        public String pool(String earmark) {
            if (earmark.startsWith(TrailBuilder.AREA)) {
                return "/api/v1/allocations/available?thematicArea=" + earmark.substring(TrailBuilder.AREA.length());
            }
            return earmark.startsWith(TrailBuilder.WINDOW)
                    ? "/api/v1/allocations/available-in-windows"
                    : "/api/v1/allocations/available";
        }

        @Override
        public String costs() {
            return "/api/v1/direct-costs";
        }

        @Override
        public String allocations(String programme) {
            return "/api/v1/allocations?programme=" + programme;
        }

        @Override
        public String transfers(String programme) {
            return "/api/v1/transfers?programme=" + programme;
        }

        @Override
        public String expenditure(String programme) {
            return "/api/v1/expenditure-reports?programme=" + programme;
        }
    };

    private static String entry(Long id) {
        return id == null ? null : "/api/v1/ledger/entries/" + id;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MoneyTrail deposit(long id, AuthenticatedUser viewer) {
        DepositView d = contributions.deposit(id, viewer); // NotFound if not the viewer's
        if (d.status() != DepositStatus.POSTED) {
            throw new NotFound("posted deposit " + id + " (only a posted deposit is in the fund's pools)");
        }
        TrailBuilder builder = builder();
        MoneyTrail.Step pool = builder.pool(d.earmark(), d.netUsd());
        MoneyTrail.Step root = new MoneyTrail.Step(
                MoneyTrail.Kind.MONEY,
                Long.toString(id),
                d.agreementReference(),
                d.netUsd(),
                entry(d.depositEntryId()),
                List.of(pool));
        return new MoneyTrail(
                MoneyTrail.Scope.DEPOSIT,
                Long.toString(id),
                d.agreementReference() + " · " + d.receivedOn() + " · " + d.currency() + " "
                        + d.amount().toPlainString(),
                today(),
                List.of(
                        new MoneyTrail.Source(
                                "deposit", d.receivedOn().toString(), d.usdAmount(), entry(d.depositEntryId())),
                        new MoneyTrail.Source("fee", "", d.feeUsd().negate(), entry(d.feeEntryId()))),
                root);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MoneyTrail contributor(String code, AuthenticatedUser viewer) {
        if (code == null || !viewer.maySeeContributor(code)) {
            throw new NotFound("contributor " + code);
        }
        String name = contributions
                .contributor(code, today(), Optional.of(viewer))
                .summary()
                .name(); // NotFound for an unknown contributor
        Map<String, BigDecimal> net = new TreeMap<>();
        BigDecimal deposited = ZERO;
        BigDecimal fees = ZERO;
        for (LedgerPosition p :
                positions.ofContributor(code, List.of(LedgerAccounts.CONTRIBUTIONS, LedgerAccounts.AA_FEE))) {
            String earmark = p.earmark().isEmpty() ? TrailBuilder.UNEARMARKED : p.earmark();
            net.merge(earmark, p.creditBalance(), BigDecimal::add);
            if (p.account().equals(LedgerAccounts.CONTRIBUTIONS)) {
                deposited = deposited.add(p.creditBalance());
            } else {
                fees = fees.add(p.debitBalance());
            }
        }
        TrailBuilder builder = builder();
        List<MoneyTrail.Step> pools = new ArrayList<>();
        BigDecimal total = ZERO;
        for (Map.Entry<String, BigDecimal> e : net.entrySet()) {
            if (e.getValue().signum() > 0) {
                pools.add(builder.pool(e.getKey(), e.getValue()));
                total = total.add(e.getValue());
            }
        }
        MoneyTrail.Step root = new MoneyTrail.Step(
                MoneyTrail.Kind.MONEY, code, name, total, "/api/v1/contributors/" + code + "/deposits", pools);
        return new MoneyTrail(
                MoneyTrail.Scope.CONTRIBUTOR,
                code,
                name,
                today(),
                List.of(
                        new MoneyTrail.Source("deposits", "", deposited, "/api/v1/contributors/" + code + "/deposits"),
                        new MoneyTrail.Source("fee", "", fees.negate(), null)),
                root);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MoneyTrail area(String code, AuthenticatedUser viewer) {
        if (!viewer.isFundStaff() && !viewer.has(Role.CONTRIBUTOR)) {
            throw new NotFound("the money trail of a thematic area (it is for the fund's staff and its donors)");
        }
        String name = catalog.thematicAreas().stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFound("thematic area " + code))
                .name();
        TrailBuilder builder = builder();
        MoneyTrail.Step root = builder.area(code);
        BigDecimal earmarked = builder.sources(TrailBuilder.AREA + code).max(ZERO);
        return new MoneyTrail(
                MoneyTrail.Scope.AREA,
                code,
                name,
                today(),
                List.of(
                        new MoneyTrail.Source("earmarked", "", earmarked, API_LINKS.pool(TrailBuilder.AREA + code)),
                        new MoneyTrail.Source(
                                "fromPool",
                                "",
                                root.amount().subtract(earmarked),
                                API_LINKS.pool(TrailBuilder.UNEARMARKED))),
                root);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The fund's figures the trail is cut from: four statements. */
    private TrailBuilder builder() {
        Map<String, BigDecimal> sources = new HashMap<>();
        Map<String, BigDecimal> costs = new HashMap<>();
        for (LedgerPosition p : positions.of(List.of(
                LedgerAccounts.CONTRIBUTIONS,
                LedgerAccounts.AA_FEE,
                LedgerAccounts.INTEREST_FROM_FUND,
                LedgerAccounts.DIRECT_COSTS,
                LedgerAccounts.BANK_CHARGES))) {
            if (p.earmark().isEmpty() && p.account().equals(LedgerAccounts.CONTRIBUTIONS)) {
                continue; // as the availability reads them: a contribution always names its earmark
            }
            String earmark = p.earmark().isEmpty() ? TrailBuilder.UNEARMARKED : p.earmark();
            switch (p.account()) {
                case LedgerAccounts.DIRECT_COSTS, LedgerAccounts.BANK_CHARGES ->
                    costs.merge(earmark, p.debitBalance(), BigDecimal::add);
                default -> sources.merge(earmark, p.creditBalance(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> transferred = new HashMap<>();
        for (LedgerPosition p : positions.of(List.of(LedgerAccounts.TRANSFERRED_TO_PUNOS))) {
            if (!p.programme().isEmpty()) {
                transferred.merge(TrailBuilder.pair(p.programme(), p.puno()), p.debitBalance(), BigDecimal::add);
            }
        }
        Map<String, String> categories = new HashMap<>();
        for (BudgetCategoryView c : catalog.budgetCategories()) {
            categories.put(c.code(), c.name());
        }
        return new TrailBuilder(
                new TrailBuilder.Fund(
                        sources,
                        costs,
                        allocations.approvedByGrant(),
                        transferred,
                        expenditure.byCategory(),
                        categories),
                API_LINKS);
    }

    @Override
    public RenderedReport render(MoneyTrail trail, ReportFormat format, Locale locale, AuthenticatedUser viewer) {
        ReportTexts t = new ReportTexts(locale);
        String language = locale.getLanguage();
        String chainHead = issuing.chainHeadAt(trail.asOf());
        return issuing.issue(
                new ReportIssuing.Issue(
                        REPORT,
                        "scope=" + trail.scope() + ";subject=" + trail.subject() + ";asOf=" + trail.asOf() + ";lang="
                                + language,
                        format,
                        ReportStanding.INTERIM,
                        chainHead,
                        "money-trail-" + trail.scope().name().toLowerCase(Locale.ROOT) + "-" + trail.subject() + "-"
                                + trail.asOf() + (language.equals("en") ? "" : "-" + language) + "."
                                + format.extension(),
                        t.text("trail.title", trail.name())),
                viewer.username(),
                () -> format == ReportFormat.PDF ? pdf(trail, chainHead, t) : table(trail, t, format));
    }

    @Override
    public String label(MoneyTrail.Step step, Locale locale) {
        return label(step, new ReportTexts(locale));
    }

    @Override
    public String label(MoneyTrail.Source source, Locale locale) {
        return new ReportTexts(locale).text("trail.source." + source.key(), source.detail());
    }

    /** What a step is called in the reports: its kind, then what it names. */
    static String label(MoneyTrail.Step s, ReportTexts t) {
        String what =
                switch (s.kind()) {
                    case POOL, UNALLOCATED, COSTS -> earmark(s.code(), t);
                    case MONEY -> s.label().isEmpty() ? earmark(s.code(), t) : s.label();
                    default -> s.label();
                };
        String kind = t.text("trail.kind." + s.kind());
        return what.isEmpty() ? kind : kind + " · " + what;
    }

    static String earmark(String earmark, ReportTexts t) {
        if (earmark.startsWith(TrailBuilder.AREA)) {
            return t.text("trail.area", earmark.substring(TrailBuilder.AREA.length()));
        }
        if (earmark.startsWith(TrailBuilder.WINDOW)) {
            return t.text("trail.window", earmark.substring(TrailBuilder.WINDOW.length()));
        }
        return earmark.equals(TrailBuilder.UNEARMARKED) ? t.text("trail.unearmarked") : "";
    }

    /** The share of the root an amount is, in percent to two decimals. */
    static BigDecimal share(BigDecimal amount, BigDecimal root) {
        return root.signum() == 0
                ? null
                : amount.multiply(BigDecimal.valueOf(100)).divide(root, 2, RoundingMode.HALF_EVEN);
    }

    static List<Map<String, Object>> rows(MoneyTrail trail, ReportTexts t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String sources = t.text("trail.sources");
        String[] sourceHeads = t.heads("trail.sourceHeads");
        for (MoneyTrail.Source s : trail.sources()) {
            rows.add(AnnualReport.row(
                    sources,
                    sourceHeads,
                    t.text("trail.source." + s.key(), s.detail()),
                    false,
                    s.amount(),
                    null,
                    null,
                    null));
        }
        rows.add(AnnualReport.row(
                sources,
                sourceHeads,
                t.text("trail.followed"),
                true,
                trail.root().amount(),
                null,
                null,
                null));
        String steps = t.text("trail.steps", trail.asOf().toString());
        String[] stepHeads = t.heads("trail.stepHeads");
        BigDecimal root = trail.root().amount();
        for (MoneyTrail.Flat f : trail.root().flatten()) {
            rows.add(AnnualReport.row(
                    steps,
                    stepHeads,
                    "\u00a0\u00a0\u00a0".repeat(f.depth()) + label(f.step(), t),
                    f.depth() == 0,
                    f.step().amount(),
                    share(f.step().amount(), root),
                    null,
                    null));
        }
        return rows;
    }

    byte[] pdf(MoneyTrail trail, String chainHead, ReportTexts t) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("trail.title", trail.name()));
        parameters.put("SUBTITLE", t.text("trail.subtitle"));
        parameters.put("STANDING", t.text("fs.standing." + ReportStanding.INTERIM));
        parameters.put(
                "PARAMETERS",
                t.text(
                        "trail.parameters",
                        t.text("trail.scope." + trail.scope()),
                        trail.subject(),
                        trail.asOf().toString(),
                        t.locale().getLanguage()));
        parameters.put("CHAIN_HEAD", t.text("fs.chainHead", trail.asOf().toString(), chainHead));
        parameters.put("FOOTER", t.text("trail.footer", t.text("fund.name"), trail.name()));
        parameters.put("REPORT_LOCALE", t.locale());
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        return renderer.render(
                "annual-report", parameters, new ArrayList<>(rows(trail, t)), ReportIssuing.datedAt(trail.asOf()));
    }

    /** One row a step: its depth, kind, code, label, amount and the link to its records. */
    static byte[] table(MoneyTrail trail, ReportTexts t, ReportFormat format) {
        String[] heads = t.heads("trail.tableHeads");
        Sheet sheet = Sheet.of(
                "money-trail-" + trail.subject().toLowerCase(Locale.ROOT),
                t.text("trail.title", trail.name()),
                List.of(
                        Column.text(heads[0]),
                        Column.text(heads[1]),
                        Column.text(heads[2]),
                        Column.text(heads[3]),
                        Column.amount(heads[4]),
                        Column.text(heads[5])),
                trail.root().flatten(),
                f -> java.util.Arrays.asList(
                        Integer.toString(f.depth()),
                        f.step().kind().name(),
                        f.step().code(),
                        label(f.step(), t),
                        f.step().amount(),
                        f.step().link() == null ? "" : f.step().link()));
        return TableFiles.bytes(sheet, format);
    }
}
