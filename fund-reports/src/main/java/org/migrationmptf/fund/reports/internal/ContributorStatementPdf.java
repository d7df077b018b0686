package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.migrationmptf.fund.reports.pdf.PdfRenderer;

/**
 * Lays the statement's figures out in four sections of formatted rows. The data hash printed on it is
 * SHA-256 over every row and total (not the generation time), so the same inputs give the same hash.
 */
@ApplicationScoped
class ContributorStatementPdf implements ContributorStatementReport {

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    Clock clock;

    @Override
    public RenderedReport pdf(ContributorStatement s, String requestedBy, Locale locale) {
        ReportTexts t = new ReportTexts(locale);
        java.time.Instant generated = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, ?>> rows = rows(s, t);
        Map<String, Object> parameters = new HashMap<>();
        String contributor = s.contributorName() + " (" + s.contributorCode() + ")";
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("statement.title", contributor));
        parameters.put(
                "PERIOD_LINE",
                t.text("statement.periodLine", s.from().toString(), s.to().toString(), s.to().toString()));
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
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(generated.atOffset(ZoneOffset.UTC)),
                        requestedBy));
        parameters.put("REPORT_LOCALE", locale);
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        byte[] pdf = renderer.render("contributor-statement", parameters, rows, generated);
        return new RenderedReport(
                "contributor-statement-" + s.contributorCode() + "-" + s.from() + "-" + s.to()
                        + (locale.getLanguage().equals("en") ? "" : "-" + locale.getLanguage()) + ".pdf",
                "application/pdf",
                pdf);
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
