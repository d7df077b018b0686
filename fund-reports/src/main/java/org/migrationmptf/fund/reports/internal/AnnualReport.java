package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.PunoMovements;
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
                        punos(year, end, viewer),
                        null)
                .withPunoTotal();
    }

    /** Per PUNO: approved allocations, account 1200's debits and credits, and reported expenditure. */
    private List<AnnualStatement.PunoLine> punos(int year, LocalDate end, AuthenticatedUser viewer) {
        Map<String, BigDecimal> approved = allocations.approvedByPuno(end, viewer);
        Map<String, PunoMovements> moved = new HashMap<>();
        for (PunoMovements m : ledger.byPuno(LedgerAccounts.TRANSFERRED_TO_PUNOS, end)) {
            moved.put(m.puno(), m);
        }
        Map<String, BigDecimal> spent = expenditure.byPunoThrough(year);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<AnnualStatement.PunoLine> lines = new ArrayList<>();
        for (ParticipatingOrganizationView p : catalog.participatingOrganizations()) {
            BigDecimal a = approved.getOrDefault(p.code(), zero);
            PunoMovements m = moved.getOrDefault(p.code(), new PunoMovements(p.code(), zero, zero));
            BigDecimal s = spent.getOrDefault(p.code(), zero);
            if (a.signum() == 0 && m.debit().signum() == 0 && m.credit().signum() == 0 && s.signum() == 0) {
                continue;
            }
            BigDecimal net = m.debit().subtract(m.credit());
            lines.add(new AnnualStatement.PunoLine(
                    p.code(), p.name(), a, m.debit(), m.credit(), net, s, AnnualStatement.rate(s, net)));
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
        String table3 = t.text("ar.transfers");
        String[] transferHeads = t.text("ar.transferHeads").split("\\|", -1);
        String table4 = t.text("ar.delivery");
        String[] deliveryHeads = t.text("ar.deliveryHeads").split("\\|", -1);
        for (AnnualStatement.PunoLine p : s.punos()) {
            rows.add(row(
                    table3,
                    transferHeads,
                    p.name() + " (" + p.code() + ")",
                    false,
                    p.approved(),
                    p.transferred(),
                    p.refunded(),
                    p.netFunded()));
        }
        AnnualStatement.PunoLine pt = s.punoTotal();
        rows.add(row(
                table3,
                transferHeads,
                t.text("ar.punoTotal"),
                true,
                pt.approved(),
                pt.transferred(),
                pt.refunded(),
                pt.netFunded()));
        for (AnnualStatement.PunoLine p : s.punos()) {
            rows.add(row(
                    table4,
                    deliveryHeads,
                    p.name() + " (" + p.code() + ")",
                    false,
                    p.netFunded(),
                    p.expenditure(),
                    p.deliveryRate(),
                    null));
        }
        rows.add(row(
                table4,
                deliveryHeads,
                t.text("ar.punoTotal"),
                true,
                pt.netFunded(),
                pt.expenditure(),
                pt.deliveryRate(),
                null));
        return rows;
    }

    private static Map<String, Object> row(
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
        return renderer.render(
                "annual-report",
                parameters,
                rows,
                end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
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
