package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
import org.migrationmptf.fund.contribution.api.FundPosition;
import org.migrationmptf.fund.reports.api.ContributorStatementReport;
import org.migrationmptf.fund.reports.api.RenderedReport;

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
    public RenderedReport pdf(ContributorStatement s, String requestedBy) {
        List<Map<String, ?>> rows = rows(s);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", ThematicAreasPdf.FUND_NAME);
        parameters.put("CONTRIBUTOR", s.contributorName() + " (" + s.contributorCode() + ")");
        parameters.put("PERIOD", s.from() + " to " + s.to());
        parameters.put("AS_OF", s.to().toString());
        parameters.put("PERIOD_USD", money(s.periodUsd()));
        parameters.put("PERIOD_FEE", money(s.periodFeeUsd()));
        parameters.put("PERIOD_NET", money(s.periodNetUsd()));
        parameters.put("CUMULATIVE_USD", money(s.cumulativeUsd()));
        parameters.put("CUMULATIVE_FEE", money(s.cumulativeFeeUsd()));
        parameters.put("DATA_SHA256", dataHash(parameters, rows));
        parameters.put(
                "GENERATED",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                        + " for " + requestedBy);
        byte[] pdf = renderer.render("contributor-statement", parameters, rows);
        return new RenderedReport(
                "contributor-statement-" + s.contributorCode() + "-" + s.from() + "-" + s.to() + ".pdf",
                "application/pdf",
                pdf);
    }

    static List<Map<String, ?>> rows(ContributorStatement s) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String agreements = "1. Agreements (amounts in the agreement's currency)";
        String[] agreementHeads = {
            "Agreement · earmark", "Currency", "Commitment", "Deposited", "Pending", "Remaining", "Arrears"
        };
        for (AgreementView a : s.agreements()) {
            rows.add(row(
                    agreements,
                    agreementHeads,
                    false,
                    a.reference() + " · "
                            + (a.earmarkCode() == null
                                    ? "unearmarked"
                                    : a.earmarkKind().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                                            + a.earmarkCode()),
                    a.currency(),
                    money(a.commitment()),
                    money(a.deposited()),
                    money(a.pending()),
                    money(a.remaining()),
                    money(a.arrears())));
        }
        String schedule = "2. Payment schedule as of " + s.to();
        String[] scheduleHeads = {"Agreement · instalment", "Due on", "Currency", "Amount", "", "", "Status"};
        for (AgreementView a : s.agreements()) {
            for (AgreementView.Instalment i : a.schedule()) {
                String status = i.inArrears() ? "IN ARREARS" : i.dueOn().isAfter(s.to()) ? "not yet due" : "paid";
                rows.add(row(
                        schedule,
                        scheduleHeads,
                        false,
                        a.reference() + " #" + i.number(),
                        i.dueOn().toString(),
                        a.currency(),
                        money(i.amount()),
                        "",
                        "",
                        status));
            }
        }
        String deposits = "3. Deposits received " + s.from() + " to " + s.to();
        String[] depositHeads = {
            "Date · agreement", "Original amount", "Rate (per USD)", "Rate source", "USD", "AA fee 1 %", "Net USD"
        };
        for (DepositView d : s.deposits()) {
            rows.add(row(
                    deposits,
                    depositHeads,
                    false,
                    d.receivedOn() + " · " + d.agreementReference(),
                    d.currency() + " " + money(d.amount()),
                    d.unitsPerUsd().stripTrailingZeros().toPlainString(),
                    rateSource(d),
                    money(d.usdAmount()),
                    money(d.feeUsd()),
                    money(d.netUsd())));
        }
        rows.add(row(
                deposits,
                depositHeads,
                true,
                "Total in the period",
                "",
                "",
                "",
                money(s.periodUsd()),
                money(s.periodFeeUsd()),
                money(s.periodNetUsd())));
        FundPosition f = s.fund();
        String position = "4. The fund's position as of " + f.asOf() + " (all contributors, USD, from the ledger)";
        String[] positionHeads = {"", "", "", "", "", "", "USD"};
        rows.add(row(
                position,
                positionHeads,
                false,
                "Contributions from donors",
                "",
                "",
                "",
                "",
                "",
                money(f.contributions())));
        rows.add(row(
                position,
                positionHeads,
                false,
                "Interest and investment income",
                "",
                "",
                "",
                "",
                "",
                money(f.interest())));
        rows.add(row(
                position, positionHeads, false, "Administrative Agent fees", "", "", "", "", "", money(f.aaFees())));
        rows.add(row(position, positionHeads, false, "Bank charges", "", "", "", "", "", money(f.bankCharges())));
        rows.add(row(
                position,
                positionHeads,
                false,
                "Transfers to Participating Organizations",
                "",
                "",
                "",
                "",
                "",
                money(f.transfers())));
        rows.add(row(
                position,
                positionHeads,
                true,
                "Balance with the Administrative Agent",
                "",
                "",
                "",
                "",
                "",
                money(f.cashWithAdministrativeAgent())));
        return rows;
    }

    /** Short enough for its column: "UN rate 2026-03-01", "bank 2026-03-02" or "in USD". */
    private static String rateSource(DepositView d) {
        return switch (d.rateSource()) {
            case "UN_OPERATIONAL" -> "UN rate " + d.rateDate();
            case "BANK_PROCEEDS" -> "bank " + d.rateDate();
            default -> "in USD";
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

    /**
     * {@code 1,234,567.89}: grouping, and exactly the decimals the amount carries, which are its
     * currency's minor units (JPY {@code 150,000,000}, KWD {@code 12,345.678}); independent of the
     * server's locale.
     */
    static String money(BigDecimal amount) {
        int decimals = Math.max(amount.scale(), 0);
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.US));
        format.setParseBigDecimal(true);
        return format.format(amount);
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
