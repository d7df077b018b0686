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
import org.migrationmptf.fund.reports.api.FundingStatusStatement;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.funding.FundingFlows;
import org.migrationmptf.fund.reports.funding.FundingStatus;
import org.migrationmptf.fund.reports.pdf.PdfChecks;

/** The Funding Status files: PDF/A, reproducible, and the CSV holds exactly the PDF's numbers. */
class FundingStatusReportTest {

    /** The Peacebuilding Fund's published flows (shared/reference/funding-status-pbf-example.txt). */
    private static final FundingStatusStatement PBF = new FundingStatusStatement(
            LocalDate.of(2025, 12, 31),
            ReportStanding.CERTIFIED,
            "ab".repeat(32),
            FundingStatus.of(new FundingFlows(
                            usd("756821732"),
                            usd("20006220"),
                            usd("3122214"),
                            usd("693135684"),
                            usd("13792503"),
                            usd("48030831"),
                            usd("7484571"),
                            usd("22638221"),
                            usd("29699"),
                            usd("535464931")))
                    .lines());

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    private final FundingStatusReport report = new FundingStatusReport();

    @Test
    void thePdfPrintsThePublishedTableItsStandingAndTheChainHead() {
        byte[] pdf = report.pdf(PBF, new ReportTexts(Locale.ENGLISH));
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf))
                .contains("Funding Status as of 2025-12-31")
                .contains("CERTIFIED")
                .contains("ab".repeat(32))
                .contains("Contributions from donors 756,821,732.00")
                .contains("Total source of funds 779,950,166.00")
                .contains("Total use of funds 689,049,847.00")
                .contains("Balance with the Administrative Agent 90,900,319.00 12.0 % of deposits")
                .contains("Balance with Participating Organizations 109,639,922.00 15.8 % of transfers")
                .contains("Total balance of funds 200,540,241.00 26.5 % of deposits");
    }

    @Test
    void twoGenerationsAreByteIdenticalAndTheFrenchOneIsFrench() {
        byte[] first = report.pdf(PBF, new ReportTexts(Locale.FRENCH));
        byte[] second = report.pdf(PBF, new ReportTexts(Locale.FRENCH));

        assertThat(second).isEqualTo(first);
        assertThat(PdfChecks.text(first).replaceAll("[ \\u202F\\u00A0]+", " "))
                .contains("Situation du financement au 2025-12-31")
                .contains("Solde auprès de l’Agent administratif 90 900 319,00 12,0 % des dépôts")
                .contains("109 639 922,00 15,8 % des transferts")
                .contains("Situation du financement au 2025-12-31 Page 1 sur 1");
    }

    @Test
    void theCsvHoldsThePdfsAmountsAsPlainNumbersInTheSameOrder() {
        String csv = new String(
                FundingStatusReport.table(PBF, new ReportTexts(Locale.ENGLISH), ReportFormat.CSV),
                StandardCharsets.UTF_8);
        String pdfText = PdfChecks.text(report.pdf(PBF, new ReportTexts(Locale.ENGLISH)));

        List<BigDecimal> fromCsv = new ArrayList<>();
        for (String line : csv.split("\r?\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length >= 3 && cells[2].matches("-?[0-9]+\\.[0-9]{2}")) {
                fromCsv.add(new BigDecimal(cells[2]));
            }
        }
        List<BigDecimal> fromPdf = new ArrayList<>();
        Matcher amount = Pattern.compile("(?<![0-9.,])(-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2})(?![0-9])")
                .matcher(pdfText);
        while (amount.find()) {
            fromPdf.add(new BigDecimal(amount.group(1).replace(",", "")));
        }

        assertThat(fromCsv).hasSize(PBF.lines().size()).isEqualTo(fromPdf);
        assertThat(csv).contains("90900319.00").contains("12.0");
    }
}
