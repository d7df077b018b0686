package org.migrationmptf.fund.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reports.pdf.PdfChecks;

class ThematicAreasPdfTest {

    private static final List<ThematicAreaView> AREAS = List.of(
            new ThematicAreaView(
                    "TA1",
                    "Promoting fact-based and data-driven migration discourse, policy and planning",
                    LocalDate.parse("2019-05-10"),
                    List.of(
                            new GcmObjectiveView(1, "Collect and utilize accurate and disaggregated data"),
                            new GcmObjectiveView(23, "Strengthen international cooperation"))),
            new ThematicAreaView(
                    "TA5",
                    "Improving the social inclusion and integration of migrants",
                    LocalDate.parse("2019-05-10"),
                    List.of(new GcmObjectiveView(16, "Empower migrants and societies – Übersicht, Équité"))));

    @Test
    void thePdfListsEveryAreaWithItsObjectivesAndStatesItsAsOfDate() throws IOException {
        byte[] pdf = new ThematicAreasPdf().render(AREAS, LocalDate.parse("2026-11-24"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(PdfChecks.pdfA2bFailures(pdf)).isEmpty();
        String text = PdfChecks.text(pdf);
        assertThat(text)
                .contains("Migration Multi-Partner Trust Fund")
                .contains("As of 2026-11-24")
                .contains("TA1")
                .contains("Promoting fact-based and data-driven migration discourse, policy and planning")
                .contains("Obj. 23")
                .contains("Strengthen international cooperation")
                .contains("TA5")
                .contains("Übersicht, Équité")
                .contains("Page 1 of 1");
        assertThat(text.indexOf("TA1")).isLessThan(text.indexOf("TA5"));
        assertThat(text).doesNotContain("Generated");
    }

    @Test
    void theSameAreasOnTheSameDayGiveTheSameBytesAndAnotherDayOtherBytes() {
        byte[] first = new ThematicAreasPdf().render(AREAS, LocalDate.parse("2026-11-24"));

        assertThat(new ThematicAreasPdf().render(AREAS, LocalDate.parse("2026-11-24")))
                .isEqualTo(first);
        assertThat(new ThematicAreasPdf().render(AREAS, LocalDate.parse("2026-11-25")))
                .isNotEqualTo(first);
    }
}
