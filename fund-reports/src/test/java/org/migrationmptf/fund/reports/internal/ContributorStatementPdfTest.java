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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributorStatement;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.ledger.api.FundPosition;
import org.migrationmptf.fund.reports.api.ReportFormat;
import org.migrationmptf.fund.reports.pdf.PdfChecks;

class ContributorStatementPdfTest {

    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate TO = LocalDate.parse("2026-11-24");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Spain: one EUR agreement, one instalment paid in the period, the second in arrears. */
    private static ContributorStatement spain() {
        AgreementView agreement = new AgreementView(
                13,
                "MIG-ESP-2023-01",
                "ESP",
                "Spain",
                LocalDate.parse("2023-10-05"),
                "EUR",
                d("1000000.00"),
                d("0.00"),
                d("1000000.00"),
                d("500000.00"),
                d("0.00"),
                d("500000.00"),
                d("500000.00"),
                TO,
                "PROGRAMMATIC",
                "UNEARMARKED",
                null,
                List.of(
                        new AgreementView.Instalment(1, LocalDate.parse("2023-12-31"), d("500000.00"), false),
                        new AgreementView.Instalment(2, LocalDate.parse("2024-12-31"), d("500000.00"), true)),
                List.of(),
                2);
        DepositView deposit = new DepositView(
                21,
                13,
                "MIG-ESP-2023-01",
                "ESP",
                LocalDate.parse("2026-03-02"),
                "EUR",
                d("987653.20"),
                d("0.800000"),
                LocalDate.parse("2026-03-01"),
                "UN_OPERATIONAL",
                d("1234566.50"),
                d("12345.66"),
                d("1222220.84"),
                "UNEARMARKED",
                "B-1",
                null,
                DepositStatus.POSTED,
                "finance",
                Instant.EPOCH,
                "finance2",
                Instant.EPOCH,
                41L,
                42L,
                null,
                2);
        return new ContributorStatement(
                "ESP",
                "Spain",
                FROM,
                TO,
                List.of(agreement),
                List.of(deposit),
                d("1234566.50"),
                d("12345.66"),
                d("1222220.84"),
                d("1780000.25"),
                d("17800.00"),
                new FundPosition(
                        TO,
                        d("33602128.58"),
                        d("1239586.20"),
                        d("336021.30"),
                        d("4056.25"),
                        d("0.00"),
                        d("0.00"),
                        d("34501637.23")));
    }

    private static ContributorStatementPdf renderer(String instant) {
        ContributorStatementPdf pdf = new ContributorStatementPdf();
        pdf.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        return pdf;
    }

    @Test
    void theStatementIsPdfA2bAndTheSameInputsGiveTheSameBytes() {
        byte[] first = renderer("2026-11-24T10:00:00Z")
                .pdf(spain(), "auditor", Locale.FRENCH)
                .content();
        byte[] again = renderer("2026-11-24T10:00:00Z")
                .pdf(spain(), "auditor", Locale.FRENCH)
                .content();

        assertThat(PdfChecks.pdfA2bFailures(first)).isEmpty();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theStatementShowsTheAgreementsArrearsDepositsTotalsAndTheFundsPosition() throws IOException {
        String text = PdfChecks.text(renderer("2026-11-24T10:00:00Z")
                .pdf(spain(), "auditor", Locale.ENGLISH)
                .content());

        assertThat(text)
                .contains("Contributor statement: Spain (ESP)")
                .contains("Period 2026-01-01 to 2026-11-24")
                .contains("Deposits in the period (USD): 1,234,566.50")
                .contains("Administrative Agent fee 1 %: 12,345.66")
                .contains("net: 1,222,220.84")
                .contains("Total deposits to 2026-11-24 (USD): 1,780,000.25")
                .contains("MIG-ESP-2023-01 #2")
                .contains("IN ARREARS")
                .contains("EUR 987,653.20")
                .contains("0.8")
                .contains("UN rate 2026-03-01")
                .contains("Balance with the Administrative Agent")
                .contains("Balance with the Administrative Agent")
                .contains("34,501,637.23");
    }

    @Test
    void theSameFiguresGiveTheSameDataHashWhenEverGenerated() throws IOException {
        String first = hash(PdfChecks.text(renderer("2026-11-24T10:00:00Z")
                .pdf(spain(), "auditor", Locale.ENGLISH)
                .content()));
        String later = hash(PdfChecks.text(renderer("2026-12-01T08:00:00Z")
                .pdf(spain(), "deu.donor", Locale.ENGLISH)
                .content()));

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(later);
    }

    @Test
    void amountsArePrintedWithTheirCurrencysDecimalsYenWithoutAndDinarsWithThree() {
        ReportTexts english = new ReportTexts(Locale.ENGLISH);
        assertThat(english.money(new BigDecimal("150000000"))).isEqualTo("150,000,000");
        assertThat(english.money(new BigDecimal("12345.678"))).isEqualTo("12,345.678");
        assertThat(english.money(new BigDecimal("987653.20"))).isEqualTo("987,653.20");
        assertThat(new ReportTexts(Locale.FRENCH).money(new BigDecimal("987653.20")))
                .isEqualTo("987\u202F653,20");
        assertThat(new ReportTexts(Locale.forLanguageTag("es")).money(new BigDecimal("987653.20")))
                .isEqualTo("987.653,20");
    }

    @Test
    void theFrenchStatementSaysItInFrenchWithTheSameTotals() throws IOException {
        String text = PdfChecks.text(renderer("2026-11-24T10:00:00Z")
                        .pdf(spain(), "auditor", Locale.FRENCH)
                        .content())
                .replaceAll("[ \u202F\u00A0]+", " ");

        assertThat(text)
                .contains("Relevé du contributeur : Spain (ESP)")
                .contains("Période du 2026-01-01 au 2026-11-24")
                .contains("Dépôts de la période (USD) : 1 234 566,50")
                .contains("commission de l’agent administratif 1 % : 12 345,66")
                .contains("net : 1 222 220,84")
                .contains("Total des dépôts au 2026-11-24 (USD) : 1 780 000,25")
                .contains("EN RETARD")
                .contains("EUR 987 653,20")
                .contains("Solde auprès de l’agent administratif")
                .contains("34 501 637,23");
    }

    private static final ContributorStatementPdf.Use USE = new ContributorStatementPdf.Use(
            java.time.LocalDate.of(2026, 12, 4),
            new ContributorStatementPdf.Totals(
                    "ESP", d("1222220.84"), d("30.55"), d("400000.00"), d("250000.00"), d("100000.00"), d("822190.29")),
            java.util.List.of(new ContributorStatementPdf.Totals(
                    "TA2",
                    d("5000000.00"),
                    d("0.00"),
                    d("877400.00"),
                    d("600000.00"),
                    d("300000.00"),
                    d("4122600.00"))));

    @Test
    void theStatementShowsHowTheFundUsedTheMoneyAndTheCsvHoldsTheSameFigures() throws IOException {
        String text = PdfChecks.text(renderer("2026-11-24T10:00:00Z")
                .pdf(spain(), USE, Locale.ENGLISH)
                .content());

        assertThat(text)
                .contains("5. How the fund used your money, as of 2026-12-04")
                .contains("Your contributions net of the fee 1,222,220.84")
                .contains("Share of direct costs and bank charges 30.55")
                .contains("Allocated to programmes 400,000.00")
                .contains("Not yet allocated 822,190.29")
                .contains("6. Thematic area TA2")
                .contains("4,122,600.00");
        String csv = new String(
                ContributorStatementPdf.table(spain(), USE, new ReportTexts(Locale.ENGLISH), ReportFormat.CSV),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Allocated to programmes,USD,400000.00")
                .contains("Not yet allocated,USD,822190.29")
                .contains("Not yet allocated,USD,4122600.00")
                .contains("Total in the period,USD,1234566.50");
        assertThat(PdfChecks.pdfA2bFailures(renderer("2026-11-24T10:00:00Z")
                        .pdf(spain(), USE, Locale.ENGLISH)
                        .content()))
                .isEmpty();
        String certified = PdfChecks.text(renderer("2026-11-24T10:00:00Z")
                        .pdf(
                                spain(),
                                USE,
                                org.migrationmptf.fund.audit.api.ReportStanding.CERTIFIED,
                                "cd".repeat(32),
                                Locale.ENGLISH)
                        .content())
                .replaceAll("\\s+", " ");
        assertThat(certified)
                .contains("CERTIFIED (every month to the period’s end is closed)")
                .contains("audit chain head " + "cd".repeat(32))
                .doesNotContain("interim");
    }

    private static String hash(String text) {
        Matcher m = Pattern.compile("Data SHA-256 ([0-9a-f]{64})").matcher(text.replace("\n", " "));
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
