package org.migrationmptf.fund.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A certified report's signature, checked by poppler's {@code pdfsig} as any reader would check it. */
class PdfSignerTest {

    private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");
    private static final PdfSigner SIGNER = PdfSigner.withDemoKey(AT);

    @BeforeAll
    static void pdfsigIsThere() {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/pdfsig")), "pdfsig (poppler-utils) is installed by .ci/run");
    }

    private static byte[] report() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("account", "1100");
        row.put("name", "Cash with the Administrative Agent");
        row.put("debit", new BigDecimal("1234567.89"));
        row.put("credit", new BigDecimal("0.00"));
        row.put("balance", new BigDecimal("1234567.89"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("TITLE", "Trial balance as of 2025-12-31");
        parameters.put("REPORT_LOCALE", Locale.ENGLISH);
        return new PdfRenderer()
                .render("trial-balance", parameters, List.of(row), Instant.parse("2025-12-31T23:59:59Z"));
    }

    private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void pdfsigFindsOneValidCadesSignatureByTheAdministrativeAgent() throws Exception {
        byte[] original = report();
        byte[] signed = SIGNER.sign(original, AT, "Certified Funding Status");

        String check = pdfsig(signed);

        assertThat(check)
                .contains("Signature #1")
                .contains("Migration MPTF Administrative Agent (demo key)")
                .contains("ETSI.CAdES.detached")
                .contains("Signature Validation: Signature is Valid.");
        assertThat(java.util.Arrays.copyOf(signed, original.length))
                .as("an incremental update: the report's own bytes come first, unchanged")
                .isEqualTo(original);
        assertThat(PdfChecks.pdfA2bFailures(signed)).isEmpty();
    }

    @Test
    void pdfsigDetectsAChangedByte() throws Exception {
        byte[] signed = SIGNER.sign(report(), AT, "Certified Funding Status");
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("1,234,567.89") > 0 ? text.indexOf("1,234,567.89") : text.indexOf("/Producer");
        assertThat(at).isPositive();
        byte[] tampered = signed.clone();
        tampered[at + 1] = (byte) (tampered[at + 1] == 'P' ? 'Q' : tampered[at + 1] + 1);

        assertThat(pdfsig(tampered)).doesNotContain("Signature is Valid.").contains("Signature #1");
    }
}
