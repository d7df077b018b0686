package org.migrationmptf.fund.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.reports.api.MoneyTrail;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.pdf.PdfChecks;

/** The money trail's files: PDF/A, reproducible, indented steps with their shares; the CSV a row a step. */
class MoneyTrailReportTest {

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    private static final MoneyTrail.Step SPENT = new MoneyTrail.Step(
            MoneyTrail.Kind.EXPENDITURE, "1", "Staff and other personnel costs", usd("300.00"), null, List.of());
    private static final MoneyTrail.Step UNSPENT =
            new MoneyTrail.Step(MoneyTrail.Kind.UNSPENT, "P1|IOM", "IOM", usd("100.00"), null, List.of());
    private static final MoneyTrail.Step TRANSFERRED = new MoneyTrail.Step(
            MoneyTrail.Kind.TRANSFERRED,
            "P1|IOM",
            "IOM",
            usd("400.00"),
            "/api/v1/transfers?programme=P1",
            List.of(SPENT, UNSPENT));
    private static final MoneyTrail.Step ALLOCATED = new MoneyTrail.Step(
            MoneyTrail.Kind.ALLOCATION, "P1|IOM", "P1 · IOM · TA1", usd("400.00"), null, List.of(TRANSFERRED));
    private static final MoneyTrail.Step LEFT =
            new MoneyTrail.Step(MoneyTrail.Kind.UNALLOCATED, "UNEARMARKED", "", usd("590.00"), null, List.of());
    private static final MoneyTrail.Step POOL =
            new MoneyTrail.Step(MoneyTrail.Kind.POOL, "UNEARMARKED", "", usd("990.00"), null, List.of(ALLOCATED, LEFT));
    private static final MoneyTrail TRAIL = new MoneyTrail(
            MoneyTrail.Scope.DEPOSIT,
            "7",
            "MIG-DEU-2025-01 · 2026-06-21 · EUR 900.00",
            LocalDate.of(2026, 12, 4),
            List.of(
                    new MoneyTrail.Source("deposit", "2026-06-21", usd("1000.00"), null),
                    new MoneyTrail.Source("fee", "", usd("-10.00"), null)),
            new MoneyTrail.Step(MoneyTrail.Kind.MONEY, "7", "MIG-DEU-2025-01", usd("990.00"), null, List.of(POOL)));

    @Test
    void thePdfIsArchivalAndPrintsEveryStepWithItsShare() {
        byte[] pdf = new MoneyTrailReport().pdf(TRAIL, "ab".repeat(32), new ReportTexts(Locale.ENGLISH));

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf))
                .contains("Where the money went: MIG-DEU-2025-01")
                .contains("Deposit received 2026-06-21, in USD 1,000.00")
                .contains("Administrative Agent fee (1 %) -10.00")
                .contains("Amount followed 990.00")
                .contains("In the pool · unearmarked pool 990.00 100.00")
                .contains("Allocated · P1 · IOM · TA1 400.00 40.40")
                .contains("Spent · Staff and other personnel costs 300.00 30.30")
                .contains("Not yet allocated · unearmarked pool 590.00 59.60")
                .contains("ab".repeat(32));
    }

    @Test
    void twoGenerationsAreByteIdentical() {
        MoneyTrailReport report = new MoneyTrailReport();
        assertThat(report.pdf(TRAIL, "ab".repeat(32), new ReportTexts(Locale.FRENCH)))
                .isEqualTo(report.pdf(TRAIL, "ab".repeat(32), new ReportTexts(Locale.FRENCH)));
    }

    @Test
    void theCsvHasARowAStepWithItsDepthAndPlainAmount() {
        String csv = new String(
                MoneyTrailReport.table(TRAIL, new ReportTexts(Locale.ENGLISH), ReportFormat.CSV),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r?\n");

        assertThat(lines).hasSize(1 + 7);
        assertThat(lines[1]).startsWith("0,MONEY,7,").contains(",990.00");
        assertThat(lines[5]).startsWith("4,EXPENDITURE,1,").contains(",300.00");
        assertThat(lines[4]).contains("/api/v1/transfers?programme=P1");
    }
}
