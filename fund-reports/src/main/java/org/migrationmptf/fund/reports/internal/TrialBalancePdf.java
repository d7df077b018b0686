package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.TrialBalanceReport;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;

/**
 * Fills {@code trial-balance.jrxml}: typed amounts (BigDecimal fields, formatted by Jasper in the
 * report's locale), one row per account, the totals and the difference from the same trial balance.
 */
@ApplicationScoped
class TrialBalancePdf implements TrialBalanceReport {

    private final PdfRenderer renderer = new PdfRenderer();

    static final String REPORT = "trial-balance";

    @Inject
    Clock clock;

    @Inject
    ReportIssuing issuing;

    /** Issued like every report: its standing from the closed months, the chain head, the register. */
    @Override
    public RenderedReport pdf(TrialBalance tb, String requestedBy, Locale locale) {
        org.migrationmptf.fund.audit.api.ReportStanding standing = issuing.standingOn(tb.asOf());
        String chainHead = issuing.chainHeadAt(tb.asOf());
        RenderedReport file = file(tb, standing, chainHead, locale);
        return issuing.issue(
                new ReportIssuing.Issue(
                        REPORT,
                        "asOf=" + tb.asOf() + ";lang=" + locale.getLanguage(),
                        org.migrationmptf.fund.reports.api.ReportFormat.PDF,
                        standing,
                        chainHead,
                        file.fileName(),
                        new ReportTexts(locale).text("tb.title", tb.asOf().toString())),
                requestedBy,
                file::content);
    }

    /** The PDF, dated the end of its as-of day, with its standing and the chain head printed. */
    RenderedReport file(
            TrialBalance tb,
            org.migrationmptf.fund.audit.api.ReportStanding standing,
            String chainHead,
            Locale locale) {
        ReportTexts t = new ReportTexts(locale);
        java.time.Instant generated = ReportIssuing.datedAt(tb.asOf());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (TrialBalance.Row r : tb.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("account", r.account());
            row.put("name", r.name());
            row.put("debit", r.debit());
            row.put("credit", r.credit());
            row.put("balance", r.balance());
            rows.add(row);
        }
        String[] heads = t.heads("tb.heads");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("tb.title", tb.asOf().toString()));
        parameters.put("SUBTITLE", t.text("tb.subtitle"));
        for (int i = 0; i < heads.length; i++) {
            parameters.put("H" + (i + 1), heads[i]);
        }
        parameters.put("TOTALS", t.text("tb.totals"));
        parameters.put("DIFFERENCE_LABEL", t.text("tb.difference"));
        parameters.put("TOTAL_DEBIT", tb.totalDebit());
        parameters.put("TOTAL_CREDIT", tb.totalCredit());
        parameters.put("DIFFERENCE", tb.difference());
        parameters.put(
                "GENERATED",
                t.text(
                        "tb.generated",
                        t.text("statement.standing." + standing),
                        tb.asOf().toString(),
                        chainHead));
        parameters.put(
                "FOOTER", t.text("tb.footer", t.text("fund.name"), tb.asOf().toString()));
        parameters.put("REPORT_LOCALE", locale);
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        return new RenderedReport(
                "trial-balance-" + tb.asOf() + (locale.getLanguage().equals("en") ? "" : "-" + locale.getLanguage())
                        + ".pdf",
                "application/pdf",
                renderer.render("trial-balance", parameters, rows, generated));
    }
}
