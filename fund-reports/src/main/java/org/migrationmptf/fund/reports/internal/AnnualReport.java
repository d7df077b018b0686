package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorDeposits;
import org.migrationmptf.fund.contribution.api.ContributorRow;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.disbursement.api.ProgrammeAllocation;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.Movements;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.reference.api.BudgetCategoryView;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reports.api.AnnualReports;
import org.migrationmptf.fund.reports.api.AnnualStatement;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * Table 1 is the Funding Status at the end of the prior year and at the end of the year (today for
 * the year in progress), the year's column their difference; the contributions table is the deposit
 * register's posted deposits received before and in the year, and each contributor's commitment at
 * the year's end. A fixed number of statements whatever the ledger's size.
 */
@ApplicationScoped
class AnnualReport implements AnnualReports {

    static final String REPORT = "annual";
    private static final String ISC = "ISC";
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    FundingStatusReports fundingStatus;

    @Inject
    ContributionRegister contributions;

    @Inject
    ReportIssuing issuing;

    @Inject
    org.migrationmptf.fund.disbursement.api.AllocationRegister allocations;

    @Inject
    org.migrationmptf.fund.ledger.api.Ledger ledger;

    @Inject
    org.migrationmptf.fund.disbursement.api.ExpenditureRegister expenditure;

    @Inject
    org.migrationmptf.fund.reference.api.ReferenceCatalog catalog;

    @Inject
    org.migrationmptf.fund.programme.api.ProgrammeRegister programmeRegister;

    @Inject
    Clock clock;

    /** The last day the year's figures run to: 31 December, or today for the year in progress. */
    private LocalDate end(int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_DAY.getYear() + 1 || year > today.getYear()) {
            throw new InvalidInput(
                    "the request's year is not valid",
                    List.of(new InvalidInput.Issue(
                            "year", "must be a year from " + (FIRST_DAY.getYear() + 1) + " to " + today.getYear())));
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualStatement statement(int year, AuthenticatedUser viewer) {
        if (!viewer.isFundStaff()) {
            throw new NotFound("the annual report (it is for the fund's staff and auditors)");
        }
        LocalDate end = end(year);
        LocalDate priorEnd = LocalDate.of(year - 1, 12, 31);
        FundingStatusStatement prior = fundingStatus.statement(priorEnd);
        FundingStatusStatement cumulative = fundingStatus.statement(end);
        List<AnnualStatement.OverviewLine> overview = new ArrayList<>();
        for (int i = 0; i < cumulative.lines().size(); i++) {
            FundingStatus.Line before = prior.lines().get(i);
            FundingStatus.Line after = cumulative.lines().get(i);
            overview.add(new AnnualStatement.OverviewLine(
                    after.section(),
                    after.key(),
                    after.kind(),
                    before.amount(),
                    after.amount().subtract(before.amount()),
                    after.amount()));
        }

        Map<String, BigDecimal> before = new HashMap<>();
        Map<String, BigDecimal> during = new HashMap<>();
        Map<String, String> names = new TreeMap<>();
        for (ContributorDeposits d : contributions.depositsBetween(FIRST_DAY, priorEnd, viewer)) {
            before.put(d.code(), d.usd());
            names.put(d.code(), d.name());
        }
        for (ContributorDeposits d : contributions.depositsBetween(LocalDate.of(year, 1, 1), end, viewer)) {
            during.put(d.code(), d.usd());
            names.put(d.code(), d.name());
        }
        Map<String, BigDecimal> committed = new HashMap<>();
        org.migrationmptf.fund.shared.Page.each(
                page -> contributions.contributorRoll(
                        null, new PageRequest(page.offset(), page.limit(), "code", false), end, viewer),
                (ContributorRow row) -> {
                    committed.put(row.code(), row.committedUsd());
                    if (row.committedUsd().signum() != 0) {
                        names.putIfAbsent(row.code(), row.name());
                    }
                });
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<AnnualStatement.ContributorLine> lines = new ArrayList<>();
        BigDecimal[] totals = {zero, zero, zero, zero};
        names.forEach((code, name) -> {
            BigDecimal c = committed.getOrDefault(code, zero);
            BigDecimal p = before.getOrDefault(code, zero);
            BigDecimal y = during.getOrDefault(code, zero);
            lines.add(new AnnualStatement.ContributorLine(code, name, c, p, y, p.add(y)));
            totals[0] = totals[0].add(c);
            totals[1] = totals[1].add(p);
            totals[2] = totals[2].add(y);
            totals[3] = totals[3].add(p.add(y));
        });
        return new AnnualStatement(
                year,
                cumulative.standing(),
                cumulative.chainHead(),
                overview,
                lines,
                new AnnualStatement.ContributorLine("", "", totals[0], totals[1], totals[2], totals[3]),
                interest(overview, priorEnd, end),
                AnnualStatement.FundedTable.of(punos(year, end, viewer)),
                AnnualStatement.FundedTable.of(programmes(year, end)),
                categories(year),
                costRecovery(overview, year));
    }

    private static AnnualStatement.OverviewLine agent(List<AnnualStatement.OverviewLine> overview, String key) {
        return overview.stream()
                .filter(l -> l.section() == FundingStatus.Section.WITH_ADMINISTRATIVE_AGENT
                        && l.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The fund-earned interest line of Table 1, then what each PUNO passed back (account 4300's credits). */
    private AnnualStatement.YearTable interest(
            List<AnnualStatement.OverviewLine> overview, LocalDate priorEnd, LocalDate end) {
        AnnualStatement.OverviewLine fund = agent(overview, "fundInterest");
        List<AnnualStatement.YearLine> lines = new ArrayList<>();
        lines.add(AnnualStatement.YearLine.of("FUND", "", fund.priorYears(), fund.cumulative()));
        Map<String, BigDecimal> before =
                credits(LedgerAccounts.INTEREST_FROM_PUNOS, Movements.Dimension.PUNO, priorEnd);
        Map<String, BigDecimal> after = credits(LedgerAccounts.INTEREST_FROM_PUNOS, Movements.Dimension.PUNO, end);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (ParticipatingOrganizationView p : catalog.participatingOrganizations()) {
            if (after.containsKey(p.code())) {
                lines.add(AnnualStatement.YearLine.of(
                        p.code(), p.name(), before.getOrDefault(p.code(), zero), after.get(p.code())));
            }
        }
        return AnnualStatement.YearTable.of(lines);
    }

    private Map<String, BigDecimal> credits(String account, Movements.Dimension by, LocalDate asOf) {
        Map<String, BigDecimal> net = new HashMap<>();
        if (asOf.isBefore(FIRST_DAY)) {
            return net;
        }
        for (Movements m : ledger.movements(account, by, asOf)) {
            net.put(m.key(), m.credit().subtract(m.debit()));
        }
        return net;
    }

    /** Every UN budget category in its order, reported expenditure before and through the year. */
    private AnnualStatement.YearTable categories(int year) {
        Map<String, BigDecimal> before = expenditure.through(year - 1, ExpenditureRegister.By.CATEGORY);
        Map<String, BigDecimal> after = expenditure.through(year, ExpenditureRegister.By.CATEGORY);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<AnnualStatement.YearLine> lines = new ArrayList<>();
        for (BudgetCategoryView c : catalog.budgetCategories()) {
            lines.add(AnnualStatement.YearLine.of(
                    c.code(), c.name(), before.getOrDefault(c.code(), zero), after.getOrDefault(c.code(), zero)));
        }
        return AnnualStatement.YearTable.of(lines);
    }

    /**
     * What the fund's administration cost: the AA fee and the direct costs (Table 1's lines) and the
     * PUNOs' indirect support costs (their reported ISC category).
     */
    private AnnualStatement.YearTable costRecovery(List<AnnualStatement.OverviewLine> overview, int year) {
        AnnualStatement.OverviewLine fee = agent(overview, "administrativeAgentFee");
        AnnualStatement.OverviewLine direct = agent(overview, "directCosts");
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal iscBefore =
                expenditure.through(year - 1, ExpenditureRegister.By.CATEGORY).getOrDefault(ISC, zero);
        BigDecimal iscAfter =
                expenditure.through(year, ExpenditureRegister.By.CATEGORY).getOrDefault(ISC, zero);
        return AnnualStatement.YearTable.of(List.of(
                AnnualStatement.YearLine.of("AA_FEE", "", fee.priorYears(), fee.cumulative()),
                AnnualStatement.YearLine.of(ISC, "", iscBefore, iscAfter),
                AnnualStatement.YearLine.of("DIRECT_COSTS", "", direct.priorYears(), direct.cumulative())));
    }

    /** Per programme with a figure: approved allocations, account 1200 by programme, reported expenditure. */
    private List<AnnualStatement.FundedLine> programmes(int year, LocalDate end) {
        Map<String, BigDecimal> approved = new TreeMap<>();
        for (ProgrammeAllocation a : allocations.approvedByProgramme(end)) {
            approved.merge(a.programme(), a.amount(), BigDecimal::add);
        }
        Map<String, Movements> moved = new HashMap<>();
        for (Movements m : ledger.movements(LedgerAccounts.TRANSFERRED_TO_PUNOS, Movements.Dimension.PROGRAMME, end)) {
            moved.put(m.key(), m);
        }
        Map<String, BigDecimal> spent = expenditure.through(year, ExpenditureRegister.By.PROGRAMME);
        java.util.Set<String> areas = new java.util.HashSet<>();
        catalog.thematicAreas().forEach(a -> areas.add(a.code()));
        Map<String, String> titles = new TreeMap<>();
        org.migrationmptf.fund.shared.Page.each(
                page -> programmeRegister.publishedIn(areas, page),
                (ProgrammeView p) -> titles.put(p.code(), p.title()));
        java.util.Set<String> codes = new java.util.TreeSet<>(approved.keySet());
        codes.addAll(moved.keySet());
        codes.addAll(spent.keySet());
        return funded(codes, titles, approved, moved, spent);
    }

    /** Per PUNO: approved allocations, account 1200's debits and credits, and reported expenditure. */
    private List<AnnualStatement.FundedLine> punos(int year, LocalDate end, AuthenticatedUser viewer) {
        Map<String, BigDecimal> approved = allocations.approvedByPuno(end, viewer);
        Map<String, Movements> moved = new HashMap<>();
        for (Movements m : ledger.movements(LedgerAccounts.TRANSFERRED_TO_PUNOS, Movements.Dimension.PUNO, end)) {
            moved.put(m.key(), m);
        }
        Map<String, BigDecimal> spent = expenditure.through(year, ExpenditureRegister.By.PUNO);
        Map<String, String> names = new LinkedHashMap<>();
        for (ParticipatingOrganizationView p : catalog.participatingOrganizations()) {
            names.put(p.code(), p.name());
        }
        return funded(names.keySet(), names, approved, moved, spent);
    }

    private static List<AnnualStatement.FundedLine> funded(
            java.util.Collection<String> codes,
            Map<String, String> names,
            Map<String, BigDecimal> approved,
            Map<String, Movements> moved,
            Map<String, BigDecimal> spent) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<AnnualStatement.FundedLine> lines = new ArrayList<>();
        for (String code : codes) {
            BigDecimal a = approved.getOrDefault(code, zero);
            Movements m = moved.getOrDefault(code, new Movements(code, zero, zero));
            BigDecimal s = spent.getOrDefault(code, zero);
            if (a.signum() == 0 && m.debit().signum() == 0 && m.credit().signum() == 0 && s.signum() == 0) {
                continue;
            }
            BigDecimal net = m.net();
            lines.add(new AnnualStatement.FundedLine(
                    code,
                    names.getOrDefault(code, code),
                    a,
                    m.debit(),
                    m.credit(),
                    net,
                    s,
                    AnnualStatement.rate(s, net)));
        }
        return lines;
    }

    /**
     * Reads outside a transaction, as the JSON does, and enters the file in the register in a
     * transaction of its own: inside one, EclipseLink's flush before the agreement-figures query fails
     * on the payment schedules' embeddables (EclipseLink-69), a bug left for the contributions side.
     */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RenderedReport render(int year, ReportFormat format, Locale locale, AuthenticatedUser viewer) {
        AnnualStatement s = statement(year, viewer);
        ReportTexts t = new ReportTexts(locale);
        LocalDate end = end(year);
        String language = locale.getLanguage();
        return issuing.issue(
                new ReportIssuing.Issue(
                        REPORT,
                        "year=" + year + ";lang=" + language,
                        format,
                        s.standing(),
                        s.chainHead(),
                        "annual-report-" + year + (language.equals("en") ? "" : "-" + language) + "."
                                + format.extension(),
                        t.text("ar.signatureReason", Integer.toString(year))),
                viewer.username(),
                () -> format == ReportFormat.PDF ? pdf(s, end, t) : table(s, end, t, format));
    }

    /** The report's rows, section by section: what the PDF, the XLSX and the CSV all print. */
    static List<Map<String, Object>> rows(AnnualStatement s, LocalDate end, ReportTexts t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String table1 = t.text("ar.table1");
        String[] overviewHeads = t.text(
                        "ar.table1Heads",
                        LocalDate.of(s.year() - 1, 12, 31).toString(),
                        Integer.toString(s.year()),
                        end.toString())
                .split("\\|", -1);
        for (AnnualStatement.OverviewLine l : s.overview()) {
            rows.add(row(
                    table1,
                    overviewHeads,
                    t.text("fs.section." + l.section()) + " · " + t.text("fs.line." + l.key()),
                    l.kind() != FundingStatus.Kind.FLOW,
                    l.priorYears(),
                    l.currentYear(),
                    l.cumulative(),
                    null));
        }
        String table2 = t.text("ar.contributions");
        String[] contributionHeads =
                t.text("ar.contributionHeads", Integer.toString(s.year())).split("\\|", -1);
        for (AnnualStatement.ContributorLine c : s.contributors()) {
            rows.add(row(
                    table2,
                    contributionHeads,
                    c.name() + " (" + c.code() + ")",
                    false,
                    c.commitment(),
                    c.priorYears(),
                    c.currentYear(),
                    c.total()));
        }
        AnnualStatement.ContributorLine total = s.contributorTotal();
        rows.add(row(
                table2,
                contributionHeads,
                t.text("ar.contributorTotal"),
                true,
                total.commitment(),
                total.priorYears(),
                total.currentYear(),
                total.total()));
        String year = Integer.toString(s.year());
        String[] yearHeads = t.text("ar.yearHeads", year).split("\\|", -1);
        String interest = t.text("ar.interest");
        for (AnnualStatement.YearLine l : s.interest().lines()) {
            String label = l.code().equals("FUND")
                    ? t.text("ar.fundEarned")
                    : t.text("ar.punoEarned", l.name() + " (" + l.code() + ")");
            rows.add(yearRow(interest, yearHeads, label, false, l));
        }
        rows.add(yearRow(
                interest,
                yearHeads,
                t.text("ar.interestTotal"),
                true,
                s.interest().total()));

        String transfers = t.text("ar.transfers");
        String[] transferHeads = t.text("ar.transferHeads").split("\\|", -1);
        for (AnnualStatement.FundedLine p : s.punos().lines()) {
            rows.add(transferRow(transfers, transferHeads, p.name() + " (" + p.code() + ")", false, p));
        }
        rows.add(transferRow(
                transfers,
                transferHeads,
                t.text("ar.punoTotal"),
                true,
                s.punos().total()));
        String delivery = t.text("ar.delivery");
        String[] deliveryHeads = t.text("ar.deliveryHeads").split("\\|", -1);
        for (AnnualStatement.FundedLine p : s.punos().lines()) {
            rows.add(deliveryRow(delivery, deliveryHeads, p.name() + " (" + p.code() + ")", false, p));
        }
        rows.add(deliveryRow(
                delivery, deliveryHeads, t.text("ar.punoTotal"), true, s.punos().total()));
        String byProgramme = t.text("ar.programmes");
        String[] programmeHeads = t.text("ar.programmeHeads").split("\\|", -1);
        for (AnnualStatement.FundedLine p : s.programmes().lines()) {
            rows.add(deliveryRow(byProgramme, programmeHeads, p.code() + " " + p.name(), false, p));
        }
        rows.add(deliveryRow(
                byProgramme,
                programmeHeads,
                t.text("ar.punoTotal"),
                true,
                s.programmes().total()));

        String categories = t.text("ar.categories");
        String[] categoryHeads = t.text("ar.categoryHeads", year).split("\\|", -1);
        for (AnnualStatement.YearLine l : s.categories().lines()) {
            rows.add(yearRow(categories, categoryHeads, l.code() + " " + l.name(), false, l));
        }
        rows.add(yearRow(
                categories,
                categoryHeads,
                t.text("ar.punoTotal"),
                true,
                s.categories().total()));
        String costs = t.text("ar.costRecovery");
        String[] costHeads = t.text("ar.costHeads", year).split("\\|", -1);
        for (AnnualStatement.YearLine l : s.costRecovery().lines()) {
            rows.add(yearRow(costs, costHeads, t.text("ar.cost." + l.code()), false, l));
        }
        rows.add(yearRow(
                costs, costHeads, t.text("ar.costTotal"), true, s.costRecovery().total()));
        return rows;
    }

    private static Map<String, Object> yearRow(
            String section, String[] heads, String label, boolean emphasis, AnnualStatement.YearLine l) {
        return row(section, heads, label, emphasis, l.priorYears(), l.currentYear(), l.cumulative(), null);
    }

    private static Map<String, Object> transferRow(
            String section, String[] heads, String label, boolean emphasis, AnnualStatement.FundedLine p) {
        return row(section, heads, label, emphasis, p.approved(), p.transferred(), p.refunded(), p.netFunded());
    }

    private static Map<String, Object> deliveryRow(
            String section, String[] heads, String label, boolean emphasis, AnnualStatement.FundedLine p) {
        return row(section, heads, label, emphasis, p.netFunded(), p.expenditure(), p.deliveryRate(), null);
    }

    /** A row of the annual-report template: a section, its column heads, a label and up to four amounts. */
    static Map<String, Object> row(
            String section, String[] heads, String label, boolean emphasis, BigDecimal... amounts) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        for (int i = 0; i < 5; i++) {
            row.put("h" + i, i < heads.length && !heads[i].isEmpty() ? heads[i] : null);
        }
        row.put("label", label);
        for (int i = 0; i < 4; i++) {
            row.put("a" + (i + 1), amounts[i]);
        }
        row.put("emphasis", emphasis);
        return row;
    }

    byte[] pdf(AnnualStatement s, LocalDate end, ReportTexts t) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("ar.title", Integer.toString(s.year())));
        parameters.put("SUBTITLE", t.text("ar.subtitle", Integer.toString(s.year() - 1), end.toString()));
        parameters.put("STANDING", t.text("fs.standing." + s.standing()));
        parameters.put(
                "PARAMETERS",
                t.text(
                        "ar.parameters",
                        Integer.toString(s.year()),
                        end.toString(),
                        t.locale().getLanguage()));
        parameters.put("CHAIN_HEAD", t.text("fs.chainHead", end.toString(), s.chainHead()));
        parameters.put("FOOTER", t.text("ar.footer", t.text("fund.name"), Integer.toString(s.year())));
        parameters.put("REPORT_LOCALE", t.locale());
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        List<Map<String, ?>> rows = new ArrayList<>(rows(s, end, t));
        return renderer.render("annual-report", parameters, rows, ReportIssuing.datedAt(end));
    }

    /** The same rows in long form, one figure per line (section, line, column, amount), for machines. */
    static byte[] table(AnnualStatement s, LocalDate end, ReportTexts t, ReportFormat format) {
        List<List<Object>> figures = new ArrayList<>();
        for (Map<String, Object> r : rows(s, end, t)) {
            for (int i = 1; i <= 4; i++) {
                if (r.get("h" + i) != null) {
                    figures.add(Arrays.asList(r.get("section"), r.get("label"), r.get("h" + i), r.get("a" + i)));
                }
            }
        }
        String[] heads = t.heads("fs.heads");
        Sheet sheet = Sheet.of(
                "annual-report-" + s.year(),
                t.text("ar.title", Integer.toString(s.year())),
                List.of(
                        Column.text(t.text("fs.sectionHead")),
                        Column.text(heads[0]),
                        Column.text(t.text("ar.column")),
                        Column.amount(heads[1])),
                figures,
                row -> row);
        return TableFiles.bytes(sheet, format);
    }
}
