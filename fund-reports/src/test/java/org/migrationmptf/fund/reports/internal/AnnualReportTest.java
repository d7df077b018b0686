package org.migrationmptf.fund.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.audit.api.ReportStanding;
import org.migrationmptf.fund.reports.api.AnnualStatement;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.reports.pdf.PdfChecks;

/** The annual report's files: PDF/A, reproducible, and the CSV holds exactly the PDF's figures. */
class AnnualReportTest {

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    private static final AnnualStatement YEAR = new AnnualStatement(
            2025,
            ReportStanding.INTERIM,
            "ef".repeat(32),
            List.of(
                    new AnnualStatement.OverviewLine(
                            FundingStatus.Section.WITH_ADMINISTRATIVE_AGENT,
                            "contributions",
                            FundingStatus.Kind.FLOW,
                            usd("1000000.00"),
                            usd("250000.50"),
                            usd("1250000.50")),
                    new AnnualStatement.OverviewLine(
                            FundingStatus.Section.WITH_ADMINISTRATIVE_AGENT,
                            "balanceWithAgent",
                            FundingStatus.Kind.BALANCE,
                            usd("400000.00"),
                            usd("-12345.67"),
                            usd("387654.33"))),
            List.of(
                    new AnnualStatement.ContributorLine(
                            "DEU", "Germany", usd("2000000.00"), usd("600000.00"), usd("200000.50"), usd("800000.50")),
                    new AnnualStatement.ContributorLine(
                            "NOR", "Norway", usd("500000.00"), usd("400000.00"), usd("50000.00"), usd("450000.00"))),
            new AnnualStatement.ContributorLine(
                    "", "", usd("2500000.00"), usd("1000000.00"), usd("250000.50"), usd("1250000.50")),
            AnnualStatement.YearTable.of(List.of(
                    AnnualStatement.YearLine.of("FUND", "", usd("1500.00"), usd("2100.25")),
                    AnnualStatement.YearLine.of(
                            "IOM", "International Organization for Migration", usd("0.00"), usd("12.34")))),
            AnnualStatement.FundedTable.of(List.of(
                    new AnnualStatement.FundedLine(
                            "IOM",
                            "International Organization for Migration",
                            usd("900000.00"),
                            usd("600000.00"),
                            usd("2469.12"),
                            usd("597530.88"),
                            usd("298765.44"),
                            AnnualStatement.rate(usd("298765.44"), usd("597530.88"))),
                    new AnnualStatement.FundedLine(
                            "UNDP",
                            "United Nations Development Programme",
                            usd("100000.00"),
                            usd("0.00"),
                            usd("0.00"),
                            usd("0.00"),
                            usd("0.00"),
                            null))),
            AnnualStatement.FundedTable.of(List.of(new AnnualStatement.FundedLine(
                    "JP-0001",
                    "Safe pathways",
                    usd("1000000.00"),
                    usd("600000.00"),
                    usd("2469.12"),
                    usd("597530.88"),
                    usd("298765.44"),
                    AnnualStatement.rate(usd("298765.44"), usd("597530.88"))))),
            AnnualStatement.YearTable.of(List.of(
                    AnnualStatement.YearLine.of(
                            "1", "Staff and other personnel costs", usd("100000.00"), usd("180000.00")),
                    AnnualStatement.YearLine.of("ISC", "Indirect support costs", usd("7000.00"), usd("12600.00")))),
            AnnualStatement.YearTable.of(List.of(
                    AnnualStatement.YearLine.of("AA_FEE", "", usd("10000.00"), usd("12500.01")),
                    AnnualStatement.YearLine.of("ISC", "", usd("7000.00"), usd("12600.00")),
                    AnnualStatement.YearLine.of("DIRECT_COSTS", "", usd("0.00"), usd("850.00")))));

    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Test
    void thePdfShowsTable1AndTheContributionsWithTheirTotal() {
        byte[] pdf = new AnnualReport().pdf(YEAR, END, new ReportTexts(Locale.ENGLISH));

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf))
                .contains("Consolidated annual financial report 2025")
                .contains("Table 1. Financial overview")
                .contains("Contributions from donors 1,000,000.00 250,000.50 1,250,000.50")
                .contains("-12,345.67")
                .contains("Germany (DEU) 2,000,000.00 600,000.00 200,000.50 800,000.50")
                .contains("Total contributions 2,500,000.00 1,000,000.00 250,000.50 1,250,000.50")
                .contains("ef".repeat(32))
                .contains("International Organization for Migration (IOM) 900,000.00 600,000.00 2,469.12 597,530.88")
                .contains("International Organization for Migration (IOM) 597,530.88 298,765.44 50.00")
                .contains("Total 1,000,000.00 600,000.00 2,469.12 597,530.88")
                .contains("Total 597,530.88 298,765.44 50.00")
                .contains("Table 3. Interest earned")
                .contains("Fund-earned interest (Administrative Agent) 1,500.00 600.25 2,100.25")
                .contains("Interest passed back by International Organization for Migration (IOM) 0.00 12.34 12.34")
                .contains("Total interest earned 1,500.00 612.59 2,112.59")
                .contains("JP-0001 Safe pathways 597,530.88 298,765.44 50.00")
                .contains("1 Staff and other personnel costs 100,000.00 80,000.00 180,000.00")
                .contains("Total 107,000.00 85,600.00 192,600.00")
                .contains("Administrative Agent fee (1 % of deposits) 10,000.00 2,500.01 12,500.01")
                .contains("Total cost recovery 17,000.00 8,950.01 25,950.01");
    }

    @Test
    void twoGenerationsAreByteIdentical() {
        AnnualReport report = new AnnualReport();
        assertThat(report.pdf(YEAR, END, new ReportTexts(Locale.FRENCH)))
                .isEqualTo(report.pdf(YEAR, END, new ReportTexts(Locale.FRENCH)));
    }

    @Test
    void theCsvHoldsEveryFigureOfThePdfInTheSameOrder() {
        String csv = new String(
                AnnualReport.table(YEAR, END, new ReportTexts(Locale.ENGLISH), ReportFormat.CSV),
                StandardCharsets.UTF_8);
        String pdf = PdfChecks.text(new AnnualReport().pdf(YEAR, END, new ReportTexts(Locale.ENGLISH)));

        List<BigDecimal> fromCsv = new ArrayList<>();
        for (String line : csv.split("\r?\n")) {
            String last = line.substring(line.lastIndexOf(',') + 1);
            if (last.matches("-?[0-9]+\\.[0-9]{2}")) {
                fromCsv.add(new BigDecimal(last));
            }
        }
        List<BigDecimal> fromPdf = new ArrayList<>();
        Matcher amount = Pattern.compile("(?<![0-9.,])(-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2})(?![0-9])")
                .matcher(pdf);
        while (amount.find()) {
            fromPdf.add(new BigDecimal(amount.group(1).replace(",", "")));
        }

        // Table 1: 2 lines x 3; contributions: 3 x 4; interest: 3 x 3; transfers: 3 x 4; delivery: 3 x 3
        // less UNDP's rate; programmes: 2 x 3; categories: 3 x 3; cost recovery: 4 x 3
        assertThat(fromCsv)
                .hasSize(2 * 3 + 3 * 4 + 3 * 3 + 3 * 4 + 3 * 3 - 1 + 2 * 3 + 3 * 3 + 4 * 3)
                .isEqualTo(fromPdf);
    }
}
