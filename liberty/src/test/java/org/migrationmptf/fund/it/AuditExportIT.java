package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The auditor's evidence: the export of a period, checked offline by the repository's own script
 * exactly as README tells an auditor to (manifest, closing trial balance from opening + journal,
 * Funding Status from the closing balances), and a changed cent is caught.
 */
class AuditExportIT {

    private static final String PERIOD = "from=2026-01-01&to=" + LocalDate.now();

    private static Path extracted() throws IOException {
        HttpResponse<byte[]> zip =
                FundServer.sendForBytes(FundServer.requestAs("auditor", "/api/v1/reports/audit-export.zip?" + PERIOD)
                        .GET());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Path folder = Files.createTempDirectory("audit-export");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, folder.resolve(entry.getName()));
            }
        }
        return folder;
    }

    private static List<String> verify(Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "../scripts/verify-audit-export.py", folder.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> result = new ArrayList<>(output.lines().toList());
        result.add("exit " + process.waitFor());
        return result;
    }

    @Test
    void theScriptReDerivesEveryFigureOfTheExport() throws Exception {
        Path folder = extracted();

        assertThat(Files.readAllLines(folder.resolve("MANIFEST.sha256")))
                .hasSize(8)
                .allSatisfy(line -> assertThat(line).matches("[0-9a-f]{64}  [A-Za-z-]+\\.(csv|txt)"));
        assertThat(Files.readString(folder.resolve("journal.csv")))
                .startsWith("entry_id,entry_date,period,kind,source_ref");
        assertThat(verify(folder))
                .contains("manifest checked", "OK: every figure re-derived", "exit 0")
                .anySatisfy(line -> assertThat(line).startsWith("funding status re-derived: 15 lines"));
    }

    @Test
    void aChangedCentIsCaught() throws Exception {
        Path folder = extracted();
        Path balances = folder.resolve("trial-balance-closing.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(balances));
        int cash = 0;
        while (!lines.get(cash).startsWith("1100,")) {
            cash++;
        }
        String[] cells = lines.get(cash).split(",");
        cells[3] = new java.math.BigDecimal(cells[3])
                .add(new java.math.BigDecimal("0.01"))
                .toPlainString();
        lines.set(cash, String.join(",", cells));
        Files.write(balances, lines);

        assertThat(verify(folder))
                .contains("exit 1")
                .anySatisfy(line -> assertThat(line).startsWith("MISMATCH trial-balance-closing.csv: SHA-256"))
                .anySatisfy(line -> assertThat(line).startsWith("MISMATCH account 1100"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        HttpResponse<String> refused =
                Api.as("auditor").get("/api/v1/reports/audit-export.zip?from=2026-02-01&to=2026-01-31");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("from");
    }

    @Test
    void theAuditTrailReportStatesTheVerifiedChainItsHeadAndThePeriodsEvents() throws Exception {
        String today = LocalDate.now().toString();
        HttpResponse<byte[]> pdf = FundServer.sendForBytes(FundServer.requestAs(
                        "auditor",
                        "/api/v1/reports/audit-trail.pdf?from="
                                + LocalDate.now().withDayOfYear(1) + "&to=" + today)
                .GET());
        String head = FundServer.object(Api.as("auditor").get("/api/v1/audit-events/verification"))
                .getString("headHash");

        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = MoneyAndDatesIT.pdfText(pdf.body());
        assertThat(text)
                .contains("Audit trail " + LocalDate.now().withDayOfYear(1) + " to " + today)
                .contains("Chain verification: INTACT")
                .contains(head)
                .contains("DEPOSIT_RECORDED");
        assertThat(Api.as("finance").get("/api/v1/reports/audit-trail.pdf").statusCode())
                .as("the auditors' report")
                .isEqualTo(403);
    }
}
