package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributorStatement;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.ledger.api.FundPosition;
import org.migrationmptf.fund.reports.api.ContributorStatementReport;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;

/**
 * Lays the statement's figures out in four sections of formatted rows. The data hash printed on it is
 * SHA-256 over every row and total (not the generation time), so the same inputs give the same hash.
 */
@ApplicationScoped
class ContributorStatementPdf implements ContributorStatementReport {

    static final String REPORT = "contributor-statement";

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    Clock clock;

    @Inject
    org.migrationmptf.fund.contribution.api.ContributionRegister contributions;

    @Inject
    org.migrationmptf.fund.reports.api.MoneyTrails trails;

    @Inject
    ReportIssuing issuing;

    /**
     * How the fund used the donor's money, as of a day: the totals of its money trail (its share of
     * its pools' costs, allocations, transfers and expenditure) and, for each thematic area it
     * earmarked to, the whole area's money and use.
     */
    record Use(LocalDate asOf, Totals own, List<Totals> areas) {

        static final Use NONE = new Use(null, null, List.of());
    }

    /** A trail's totals: what it follows and how much of that went each way. */
    record Totals(
            String code,
            BigDecimal followed,
            BigDecimal costs,
            BigDecimal allocated,
            BigDecimal transferred,
            BigDecimal spent,
            BigDecimal unallocated) {

        static Totals of(String code, org.migrationmptf.fund.reports.api.MoneyTrail.Step root) {
            return new Totals(
                    code,
                    root.amount(),
                    root.total(org.migrationmptf.fund.reports.api.MoneyTrail.Kind.COSTS),
                    root.total(org.migrationmptf.fund.reports.api.MoneyTrail.Kind.ALLOCATION),
                    root.total(org.migrationmptf.fund.reports.api.MoneyTrail.Kind.TRANSFERRED),
                    root.total(org.migrationmptf.fund.reports.api.MoneyTrail.Kind.EXPENDITURE),
                    root.total(org.migrationmptf.fund.reports.api.MoneyTrail.Kind.UNALLOCATED));
        }
    }

    /**
     * Reads outside a transaction, as the annual report does (the agreement figures' query fails in
     * one that loaded payment schedules, EclipseLink-69), and enters the file in the register.
     */
    @Override
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public RenderedReport render(
            String code,
            LocalDate from,
            LocalDate to,
            ReportFormat format,
            Locale locale,
            org.migrationmptf.fund.identity.api.AuthenticatedUser viewer) {
        ContributorStatement s = contributions.statement(code, from, to, viewer); // NotFound if not the viewer's
        org.migrationmptf.fund.reports.api.MoneyTrail own = trails.contributor(s.contributorCode(), viewer);
        List<Totals> areas = new ArrayList<>();
        for (org.migrationmptf.fund.reports.api.MoneyTrail.Step pool :
                own.root().steps()) {
            if (pool.code().startsWith(TrailBuilder.AREA)) {
                String area = pool.code().substring(TrailBuilder.AREA.length());
                areas.add(Totals.of(area, trails.area(area, viewer).root()));
            }
        }
        Use use = new Use(own.asOf(), Totals.of(s.contributorCode(), own.root()), areas);
        ReportTexts t = new ReportTexts(locale);
        String language = locale.getLanguage();
        org.migrationmptf.fund.audit.api.ReportStanding standing = issuing.standingOn(to);
        String chainHead = issuing.chainHeadAt(to);
        return issuing.issue(
                new ReportIssuing.Issue(
                        REPORT,
                        "contributor=" + s.contributorCode() + ";from=" + from + ";to=" + to + ";lang=" + language,
                        format,
                        standing,
                        chainHead,
                        fileName(s, locale, format),
                        t.text("statement.signatureReason", s.contributorName(), from.toString(), to.toString())),
                viewer.username(),
                () -> format == ReportFormat.PDF
                        ? pdf(s, use, standing, chainHead, locale).content()
                        : table(s, use, t, format));
    }

    private static String fileName(ContributorStatement s, Locale locale, ReportFormat format) {
        return "contributor-statement-" + s.contributorCode() + "-" + s.from() + "-" + s.to()
                + (locale.getLanguage().equals("en") ? "" : "-" + locale.getLanguage()) + "." + format.extension();
    }

    /** The statement without the use of the money (its first four sections). */
    RenderedReport pdf(ContributorStatement s, String requestedBy, Locale locale) {
        return pdf(s, Use.NONE, locale);
    }

    RenderedReport pdf(ContributorStatement s, Use use, Locale locale) {
        return pdf(s, use, org.migrationmptf.fund.audit.api.ReportStanding.INTERIM, "", locale);
    }

    /** The statement with its standing (from the period's end) and the audit chain head at that end. */
    RenderedReport pdf(
            ContributorStatement s,
            Use use,
            org.migrationmptf.fund.audit.api.ReportStanding standing,
            String chainHead,
            Locale locale) {
        ReportTexts t = new ReportTexts(locale);
        java.time.Instant generated = ReportIssuing.datedAt(s.to());
        List<Map<String, ?>> rows = rows(s, t);
        rows.addAll(useRows(use, t));
        Map<String, Object> parameters = new HashMap<>();
        String contributor = s.contributorName() + " (" + s.contributorCode() + ")";
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("statement.title", contributor));
        parameters.put(
                "PERIOD_LINE",
                t.text(
                        "statement.periodLine",
                        s.from().toString(),
                        s.to().toString(),
                        s.to().toString(),
                        t.text("statement.standing." + standing)));
        parameters.put(
                "PERIOD_TOTALS",
                t.text(
                        "statement.periodTotals",
                        t.money(s.periodUsd()),
                        t.money(s.periodFeeUsd()),
                        t.money(s.periodNetUsd())));
        parameters.put(
                "CUMULATIVE",
                t.text(
                        "statement.cumulative",
                        s.to().toString(),
                        t.money(s.cumulativeUsd()),
                        t.money(s.cumulativeFeeUsd())));
        parameters.put(
                "FOOTER",
                t.text(
                        "statement.footer",
                        t.text("fund.name"),
                        contributor,
                        s.from().toString(),
                        s.to().toString()));
        parameters.put("NO_DATA", t.text("statement.noData"));
        parameters.put("LANGUAGE", locale.getLanguage());
        String hash = dataHash(parameters, rows);
        parameters.put(
                "HASH_LINE",
                t.text(
                        "statement.hash",
                        hash,
                        s.to().toString(),
                        use.asOf() == null ? "" : use.asOf().toString(),
                        chainHead));
        parameters.put("REPORT_LOCALE", locale);
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        byte[] pdf = renderer.render("contributor-statement", parameters, rows, generated);
        return new RenderedReport(fileName(s, locale, ReportFormat.PDF), "application/pdf", pdf);
    }

    /** A line of sections 5 and 6: its section, words and amount in USD. */
    record UseLine(String section, String label, BigDecimal amount, boolean total) {}

    /** Sections 5 and 6: the donor's share of each use, and its earmarked areas' whole use. */
    static List<UseLine> useLines(Use use, ReportTexts t) {
        List<UseLine> lines = new ArrayList<>();
        if (use.own() == null) {
            return lines;
        }
        String own = t.text("statement.use", use.asOf().toString());
        Totals o = use.own();
        lines.add(new UseLine(own, t.text("statement.use.followed"), o.followed(), false));
        lines.add(new UseLine(own, t.text("statement.use.costs"), o.costs(), false));
        lines.add(new UseLine(own, t.text("statement.use.allocated"), o.allocated(), false));
        lines.add(new UseLine(own, t.text("statement.use.transferred"), o.transferred(), false));
        lines.add(new UseLine(own, t.text("statement.use.spent"), o.spent(), false));
        lines.add(new UseLine(own, t.text("statement.use.unallocated"), o.unallocated(), true));
        for (Totals a : use.areas()) {
            String area = t.text("statement.areaUse", a.code(), use.asOf().toString());
            lines.add(new UseLine(area, t.text("statement.area.money"), a.followed(), false));
            lines.add(new UseLine(area, t.text("statement.use.allocated"), a.allocated(), false));
            lines.add(new UseLine(area, t.text("statement.use.transferred"), a.transferred(), false));
            lines.add(new UseLine(area, t.text("statement.use.spent"), a.spent(), false));
            lines.add(new UseLine(area, t.text("statement.use.unallocated"), a.unallocated(), true));
        }
        return lines;
    }

    static List<Map<String, ?>> useRows(Use use, ReportTexts t) {
        String[] heads = {"", "", "", "", "", "", "USD"};
        List<Map<String, ?>> rows = new ArrayList<>();
        for (UseLine l : useLines(use, t)) {
            rows.add(positionRow(l.section(), heads, l.total(), l.label(), t.money(l.amount())));
        }
        return rows;
    }

    /**
     * The statement's figures in long form, one per line (section, line, column, amount) with plain
     * numbers: agreements in their currency, deposits, the period's totals and the use of the money.
     */
    static byte[] table(ContributorStatement s, Use use, ReportTexts t, ReportFormat format) {
        List<List<Object>> figures = new ArrayList<>();
        String agreements = t.text("statement.agreements");
        String[] agreementHeads = t.heads("statement.agreementHeads");
        for (AgreementView a : s.agreements()) {
            String line = a.reference() + " (" + a.currency() + ")";
            figures.add(java.util.Arrays.asList(agreements, line, agreementHeads[2], a.commitment()));
            figures.add(java.util.Arrays.asList(agreements, line, agreementHeads[3], a.deposited()));
            figures.add(java.util.Arrays.asList(agreements, line, agreementHeads[4], a.pending()));
            figures.add(java.util.Arrays.asList(agreements, line, agreementHeads[5], a.remaining()));
            figures.add(java.util.Arrays.asList(agreements, line, agreementHeads[6], a.arrears()));
        }
        String deposits = t.text("statement.deposits", s.from().toString(), s.to().toString());
        String[] depositHeads = t.heads("statement.depositHeads");
        for (DepositView d : s.deposits()) {
            String line = d.receivedOn() + " · " + d.agreementReference();
            figures.add(
                    java.util.Arrays.asList(deposits, line, depositHeads[1] + " (" + d.currency() + ")", d.amount()));
            figures.add(java.util.Arrays.asList(deposits, line, depositHeads[2], d.unitsPerUsd()));
            figures.add(java.util.Arrays.asList(deposits, line, depositHeads[4], d.usdAmount()));
            figures.add(java.util.Arrays.asList(deposits, line, depositHeads[5], d.feeUsd()));
            figures.add(java.util.Arrays.asList(deposits, line, depositHeads[6], d.netUsd()));
        }
        String total = t.text("statement.periodTotal");
        figures.add(java.util.Arrays.asList(deposits, total, depositHeads[4], s.periodUsd()));
        figures.add(java.util.Arrays.asList(deposits, total, depositHeads[5], s.periodFeeUsd()));
        figures.add(java.util.Arrays.asList(deposits, total, depositHeads[6], s.periodNetUsd()));
        for (UseLine l : useLines(use, t)) {
            figures.add(java.util.Arrays.asList(l.section(), l.label(), "USD", l.amount()));
        }
        String[] heads = t.heads("fs.heads");
        org.migrationmptf.fund.reports.tables.Sheet sheet = org.migrationmptf.fund.reports.tables.Sheet.of(
                "contributor-statement-" + s.contributorCode().toLowerCase(Locale.ROOT),
                t.text("statement.title", s.contributorName() + " (" + s.contributorCode() + ")"),
                List.of(
                        org.migrationmptf.fund.reports.tables.Column.text(t.text("fs.sectionHead")),
                        org.migrationmptf.fund.reports.tables.Column.text(heads[0]),
                        org.migrationmptf.fund.reports.tables.Column.text(t.text("ar.column")),
                        org.migrationmptf.fund.reports.tables.Column.amount(heads[1])),
                figures,
                row -> row);
        return TableFiles.bytes(sheet, format);
    }

    static List<Map<String, ?>> rows(ContributorStatement s, ReportTexts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String agreements = t.text("statement.agreements");
        String[] agreementHeads = t.heads("statement.agreementHeads");
        for (AgreementView a : s.agreements()) {
            rows.add(row(
                    agreements,
                    agreementHeads,
                    false,
                    a.reference() + " · "
                            + (a.earmarkCode() == null
                                    ? t.text("statement.unearmarked")
                                    : t.text(
                                            a.earmarkKind().equals("WINDOW") ? "statement.window" : "statement.area",
                                            a.earmarkCode())),
                    a.currency(),
                    t.money(a.commitment()),
                    t.money(a.deposited()),
                    t.money(a.pending()),
                    t.money(a.remaining()),
                    t.money(a.arrears())));
        }
        String schedule = t.text("statement.schedule", s.to().toString());
        String[] scheduleHeads = t.heads("statement.scheduleHeads");
        for (AgreementView a : s.agreements()) {
            for (AgreementView.Instalment i : a.schedule()) {
                String status = i.inArrears()
                        ? t.text("statement.inArrears")
                        : i.dueOn().isAfter(s.to()) ? t.text("statement.notYetDue") : t.text("statement.paid");
                rows.add(row(
                        schedule,
                        scheduleHeads,
                        false,
                        a.reference() + " #" + i.number(),
                        i.dueOn().toString(),
                        a.currency(),
                        t.money(i.amount()),
                        "",
                        "",
                        status));
            }
        }
        String deposits = t.text("statement.deposits", s.from().toString(), s.to().toString());
        String[] depositHeads = t.heads("statement.depositHeads");
        for (DepositView d : s.deposits()) {
            rows.add(row(
                    deposits,
                    depositHeads,
                    false,
                    d.receivedOn() + " · " + d.agreementReference(),
                    d.currency() + " " + t.money(d.amount()),
                    t.money(d.unitsPerUsd()),
                    rateSource(d, t),
                    t.money(d.usdAmount()),
                    t.money(d.feeUsd()),
                    t.money(d.netUsd())));
        }
        rows.add(row(
                deposits,
                depositHeads,
                true,
                t.text("statement.periodTotal"),
                "",
                "",
                "",
                t.money(s.periodUsd()),
                t.money(s.periodFeeUsd()),
                t.money(s.periodNetUsd())));
        FundPosition f = s.fund();
        String position = t.text("statement.position", f.asOf().toString());
        String[] positionHeads = {"", "", "", "", "", "", "USD"};
        rows.add(positionRow(
                position, positionHeads, false, t.text("statement.contributions"), t.money(f.contributions())));
        rows.add(positionRow(position, positionHeads, false, t.text("statement.interest"), t.money(f.interest())));
        rows.add(positionRow(position, positionHeads, false, t.text("statement.fees"), t.money(f.aaFees())));
        rows.add(
                positionRow(position, positionHeads, false, t.text("statement.bankCharges"), t.money(f.bankCharges())));
        rows.add(
                positionRow(position, positionHeads, false, t.text("statement.directCosts"), t.money(f.directCosts())));
        rows.add(positionRow(position, positionHeads, false, t.text("statement.transfers"), t.money(f.transfers())));
        rows.add(positionRow(
                position, positionHeads, true, t.text("statement.balance"), t.money(f.cashWithAdministrativeAgent())));
        return rows;
    }

    private static Map<String, Object> positionRow(
            String section, String[] heads, boolean total, String label, String amount) {
        return row(section, heads, total, label, "", "", "", "", "", amount);
    }

    /** Short enough for its column: "UN rate 2026-03-01", "bank 2026-03-02" or "in USD". */
    private static String rateSource(DepositView d, ReportTexts t) {
        return switch (d.rateSource()) {
            case "UN_OPERATIONAL" -> t.text("statement.unRate", d.rateDate().toString());
            case "BANK_PROCEEDS" -> t.text("statement.bank", d.rateDate().toString());
            default -> t.text("statement.inUsd");
        };
    }

    private static Map<String, Object> row(String section, String[] heads, boolean total, String... cells) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        for (int i = 0; i < 7; i++) {
            row.put("h" + (i + 1), heads[i]);
            row.put("c" + (i + 1), cells[i]);
        }
        row.put("total", total);
        return row;
    }

    private static String dataHash(Map<String, Object> parameters, List<Map<String, ?>> rows) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(parameters)
                .forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        rows.forEach(r -> text.append(r.values()).append('\n'));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
