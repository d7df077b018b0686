package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.funding.FundingFlows;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;

/**
 * Reads the flows from the trial balance (transfers are account 1200's debits, refunds its credits;
 * sources and costs are account balances) and the expenditure the PUNOs reported for every year up to
 * the as-of date's, then lays the table out as PDF/A, XLSX or CSV and enters the file in the register.
 */
@ApplicationScoped
class FundingStatusReport implements FundingStatusReports {

    static final String REPORT = "funding-status";

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    Ledger ledger;

    @Inject
    java.time.Clock clock;

    @Inject
    ExpenditureRegister expenditure;

    @Inject
    ReportIssuing issuing;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingStatusStatement statement(LocalDate asOf) {
        if (asOf != null && asOf.isAfter(LocalDate.now(clock))) {
            throw new org.migrationmptf.fund.shared.InvalidInput(
                    "the request's asOf is not valid",
                    List.of(new org.migrationmptf.fund.shared.InvalidInput.Issue(
                            "asOf", "must be today or earlier: a funding status states what happened")));
        }
        TrialBalance tb = ledger.trialBalance(asOf);
        Map<String, TrialBalance.Row> accounts = new HashMap<>();
        tb.rows().forEach(r -> accounts.put(r.account(), r));
        FundingFlows flows = new FundingFlows(
                credit(accounts, LedgerAccounts.CONTRIBUTIONS),
                credit(accounts, LedgerAccounts.INTEREST_FROM_FUND),
                credit(accounts, LedgerAccounts.INTEREST_FROM_PUNOS),
                row(accounts, LedgerAccounts.TRANSFERRED_TO_PUNOS).debit(),
                BigDecimal.ZERO.setScale(2),
                row(accounts, LedgerAccounts.TRANSFERRED_TO_PUNOS).credit(),
                debit(accounts, LedgerAccounts.AA_FEE),
                debit(accounts, LedgerAccounts.DIRECT_COSTS),
                debit(accounts, LedgerAccounts.BANK_CHARGES),
                expenditure.reportedThrough(asOf.getYear()));
        return new FundingStatusStatement(
                asOf,
                issuing.standingOn(asOf),
                issuing.chainHeadAt(asOf),
                FundingStatus.of(flows).lines());
    }

    private static TrialBalance.Row row(Map<String, TrialBalance.Row> accounts, String code) {
        TrialBalance.Row row = accounts.get(code);
        if (row == null) {
            throw new IllegalStateException("the chart of accounts has no account " + code);
        }
        return row;
    }

    /** An income account's net credit (a reversal's debit takes it back). */
    private static BigDecimal credit(Map<String, TrialBalance.Row> accounts, String code) {
        return row(accounts, code).balance().negate();
    }

    /** A cost account's net debit. */
    private static BigDecimal debit(Map<String, TrialBalance.Row> accounts, String code) {
        return row(accounts, code).balance();
    }

    @Override
    public String label(FundingStatus.Line line, Locale locale) {
        return new ReportTexts(locale).text("fs.line." + line.key());
    }

    @Override
    public String heading(FundingStatus.Section section, Locale locale) {
        return new ReportTexts(locale).text("fs.section." + section);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public RenderedReport render(LocalDate asOf, ReportFormat format, Locale locale, String requestedBy) {
        FundingStatusStatement s = statement(asOf);
        String language = locale.getLanguage();
        ReportTexts t = new ReportTexts(locale);
        return issuing.issue(
                new ReportIssuing.Issue(
                        REPORT,
                        "asOf=" + asOf + ";lang=" + language,
                        format,
                        s.standing(),
                        s.chainHead(),
                        REPORT + "-" + asOf + (language.equals("en") ? "" : "-" + language) + "." + format.extension(),
                        t.text("fs.signatureReason", asOf.toString())),
                requestedBy,
                () -> switch (format) {
                    case PDF -> pdf(s, t);
                    case XLSX, CSV -> table(s, t, format);
                });
    }

    byte[] pdf(FundingStatusStatement s, ReportTexts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FundingStatus.Line line : s.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("section", t.text("fs.section." + line.section()));
            row.put("label", t.text("fs.line." + line.key()));
            row.put("amount", line.amount());
            row.put("percent", line.percent());
            row.put("share", share(line, t));
            row.put("emphasis", line.kind() != FundingStatus.Kind.FLOW);
            rows.add(row);
        }
        String[] heads = t.heads("fs.heads");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("fs.title", s.asOf().toString()));
        parameters.put("SUBTITLE", t.text("fs.subtitle"));
        parameters.put("STANDING", t.text("fs.standing." + s.standing()));
        parameters.put(
                "PARAMETERS",
                t.text("fs.parameters", s.asOf().toString(), t.locale().getLanguage()));
        parameters.put("CHAIN_HEAD", t.text("fs.chainHead", s.asOf().toString(), s.chainHead()));
        for (int i = 0; i < heads.length; i++) {
            parameters.put("H" + (i + 1), heads[i]);
        }
        parameters.put(
                "FOOTER", t.text("fs.footer", t.text("fund.name"), s.asOf().toString()));
        parameters.put("REPORT_LOCALE", t.locale());
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        return renderer.render(REPORT, parameters, rows, ReportIssuing.datedAt(s.asOf()));
    }

    /** "12.0 % of deposits" in the report's language, or nothing. */
    private static String share(FundingStatus.Line line, ReportTexts t) {
        if (line.percent() == null) {
            return null;
        }
        DecimalFormat one = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(t.locale()));
        return one.format(line.percent()) + " % " + t.text("fs.percent." + line.key());
    }

    static byte[] table(FundingStatusStatement s, ReportTexts t, ReportFormat format) {
        String[] heads = t.heads("fs.heads");
        Sheet sheet = Sheet.of(
                REPORT + "-" + s.asOf(),
                t.text("fs.title", s.asOf().toString()),
                List.of(
                        new Column(t.text("fs.sectionHead"), Column.Kind.TEXT, 0),
                        new Column(heads[0], Column.Kind.TEXT, 0),
                        new Column(heads[1], Column.Kind.NUMBER, 2),
                        new Column(heads[2] + " (%)", Column.Kind.NUMBER, 1)),
                s.lines(),
                line -> java.util.Arrays.asList(
                        t.text("fs.section." + line.section()),
                        t.text("fs.line." + line.key()),
                        line.amount(),
                        line.percent()));
        return TableFiles.bytes(sheet, format);
    }
}
