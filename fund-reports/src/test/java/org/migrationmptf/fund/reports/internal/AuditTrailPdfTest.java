package org.migrationmptf.fund.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.reports.pdf.PdfChecks;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;

/** The audit-trail template filled row by row from an iterator: PDF/A-2b, reproducible, every event printed. */
class AuditTrailPdfTest {

    private static byte[] render(int events, String head) {
        ReportTexts t = new ReportTexts(Locale.ENGLISH);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("FUND_NAME", t.text("fund.name"));
        parameters.put("TITLE", t.text("at.title", "2026-01-01", "2026-01-31"));
        parameters.put("STANDING", t.text("fs.standing.INTERIM"));
        parameters.put("VERIFICATION", t.text("at.intact", "1200"));
        parameters.put("CHAIN_HEAD", t.text("at.chainHead", "2026-01-31", head));
        parameters.put("PARAMETERS", t.text("at.parameters", "2026-01-01", "2026-01-31", "en", events));
        String[] heads = t.heads("at.heads");
        for (int i = 0; i < heads.length; i++) {
            parameters.put("H" + (i + 1), heads[i]);
        }
        parameters.put("FOOTER", t.text("at.footer", t.text("fund.name"), "2026-01-01", "2026-01-31"));
        parameters.put("NO_DATA", t.text("at.noData"));
        parameters.put("REPORT_LOCALE", Locale.ENGLISH);
        parameters.put("REPORT_RESOURCE_BUNDLE", t.bundle());
        List<Map<String, Object>> rows = IntStream.rangeClosed(1, events)
                .mapToObj(i -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("seq", (long) i);
                    row.put("occurredAt", "2026-01-15 10:00:" + String.format("%02d", i % 60));
                    row.put("actor", "finance");
                    row.put("action", "DEPOSIT_RECORDED · DONE");
                    row.put("subject", "Deposit " + i);
                    row.put("detail", "EUR 1,000.00 from Germany, event " + i);
                    return row;
                })
                .toList();
        return new PdfRenderer()
                .render("audit-trail", parameters, rows.iterator(), Instant.parse("2026-01-31T23:59:59Z"), head);
    }

    @Test
    void everyEventIsPrintedUnderTheChainsVerificationAndHead() {
        byte[] pdf = render(120, "cd".repeat(32));

        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        assertThat(PdfChecks.text(pdf))
                .contains("Audit trail 2026-01-01 to 2026-01-31")
                .contains("Chain verification: INTACT, all 1200 events from the first recomputed and matching")
                .contains("cd".repeat(32))
                .contains("Deposit 1 ")
                .contains("event 120")
                .containsPattern("Page 1 of [0-9]");
    }

    @Test
    void theSameTrailGivesTheSameBytesAndAnotherHeadOtherBytes() {
        assertThat(render(30, "ab".repeat(32))).isEqualTo(render(30, "ab".repeat(32)));
        assertThat(render(30, "ab".repeat(32))).isNotEqualTo(render(30, "ef".repeat(32)));
    }

    @Test
    void anEmptyPeriodSaysSo() {
        assertThat(PdfChecks.text(render(0, "00".repeat(32)))).contains("No event was recorded in the period.");
    }
}
