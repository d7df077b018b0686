package org.migrationmptf.fund.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.pdf.PdfChecks;

class TrialBalancePdfTest {

    private static final TrialBalance TB = new TrialBalance(
            LocalDate.of(2026, 6, 30),
            List.of(
                    new TrialBalance.Row(
                            "1100",
                            "Cash with the Administrative Agent",
                            "ASSET",
                            new BigDecimal("1234567.89"),
                            new BigDecimal("12345.68"),
                            new BigDecimal("1222222.21")),
                    new TrialBalance.Row(
                            "4100",
                            "Contributions",
                            "INCOME",
                            BigDecimal.ZERO.setScale(2),
                            new BigDecimal("1234567.89"),
                            new BigDecimal("-1234567.89")),
                    new TrialBalance.Row(
                            "5100",
                            "Administrative Agent fees",
                            "EXPENSE",
                            new BigDecimal("12345.68"),
                            BigDecimal.ZERO.setScale(2),
                            new BigDecimal("12345.68"))),
            new BigDecimal("1246913.57"),
            new BigDecimal("1246913.57"),
            BigDecimal.ZERO.setScale(2));

    private static TrialBalancePdf pdf() {
        TrialBalancePdf pdf = new TrialBalancePdf();
        pdf.clock = Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC);
        return pdf;
    }

    @Test
    void theTrialBalancePrintsEveryAccountAndTheTotalsToTheCent() throws IOException {
        RenderedReport report = pdf().file(
                        TB, org.migrationmptf.fund.audit.api.ReportStanding.INTERIM, "ab".repeat(32), Locale.ENGLISH);

        assertThat(report.fileName()).isEqualTo("trial-balance-2026-06-30.pdf");
        assertThat(PdfChecks.pdfA2bFailures(report.content())).isEmpty();
        assertThat(PdfChecks.text(report.content()))
                .contains("Trial balance as of 2026-06-30")
                .contains("Cash with the Administrative Agent")
                .contains("1,234,567.89")
                .contains("-1,234,567.89")
                .contains("1,222,222.21")
                .contains("Totals")
                .contains("1,246,913.57")
                .contains("Difference")
                .contains("interim (not certified)")
                .contains("ab".repeat(32));
    }

    @Test
    void inFrenchTheNumbersAreWrittenTheFrenchWay() throws IOException {
        RenderedReport report =
                pdf().file(TB, org.migrationmptf.fund.audit.api.ReportStanding.INTERIM, "ab".repeat(32), Locale.FRENCH);

        assertThat(PdfChecks.text(report.content()).replaceAll("[ \\u202F\\u00A0]+", " "))
                .contains("Balance de vérification au 2026-06-30")
                .contains("1 234 567,89")
                .contains("1 246 913,57")
                .contains("Totaux")
                .contains("Page 1 sur");
    }
}
