package org.migrationmptf.fund.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every report goes through this renderer: its output is PDF/A-2b and reproducible byte for byte. */
class PdfRendererTest {

    private static final Instant AS_OF = Instant.parse("2025-12-31T23:59:59Z");

    private final PdfRenderer renderer = new PdfRenderer();

    private byte[] trialBalance(String firstAccountName, Instant date) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("account", "1100");
        row.put("name", firstAccountName);
        row.put("debit", new BigDecimal("1234567.89"));
        row.put("credit", new BigDecimal("0.00"));
        row.put("balance", new BigDecimal("1234567.89"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("TITLE", "Trial balance as of 2025-12-31");
        parameters.put("TOTAL_DEBIT", new BigDecimal("1234567.89"));
        parameters.put("REPORT_LOCALE", Locale.FRENCH);
        return renderer.render("trial-balance", parameters, List.of(row), date);
    }

    @Test
    void theOutputIsPdfA2bWithEmbeddedFontsTitleAndLanguage() {
        byte[] pdf = trialBalance("Cash with the Administrative Agent", AS_OF);

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/Lang(fr)").contains("pdfaid:part>2").contains("/FontFile2");
        assertThat(raw).doesNotContain("/CIDSet");
    }

    @Test
    void theSameInputsGiveTheSameBytesAndOtherInputsOtherBytes() {
        byte[] first = trialBalance("Cash with the Administrative Agent", AS_OF);
        byte[] second = trialBalance("Cash with the Administrative Agent", AS_OF);
        byte[] otherName = trialBalance("Cash held by the Administrative Agent", AS_OF);
        byte[] otherDate = trialBalance("Cash with the Administrative Agent", AS_OF.plusSeconds(1));

        assertThat(second).isEqualTo(first);
        assertThat(otherName).isNotEqualTo(first);
        assertThat(otherDate).isNotEqualTo(first);
    }

    @Test
    void theDocumentDatesAreTheReportsDateNotTheClock() {
        String raw = new String(trialBalance("Cash", AS_OF), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/CreationDate(D:20251231235959").contains("2025-12-31T23:59:59");
    }

    @Test
    void theValidatorRefusesAnOrdinaryPdf() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph("Helvetica, not embedded, no output intent"));
        document.close();

        assertThat(PdfChecks.pdfA2bFailures(out.toByteArray())).isNotEmpty();
    }
}
