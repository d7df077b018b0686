package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ThematicAreasReport;
import org.migrationmptf.fund.reports.pdf.PdfRenderer;

/** Fills {@code thematic-areas.jrxml} from the same read model the API and the web page use. */
@ApplicationScoped
class ThematicAreasPdf implements ThematicAreasReport {

    static final String FUND_NAME = "Migration Multi-Partner Trust Fund";

    private final PdfRenderer renderer = new PdfRenderer();

    @Inject
    ReferenceCatalog catalog;

    @Inject
    Clock clock;

    @Override
    public RenderedReport pdf() {
        LocalDate asOf = LocalDate.now(clock);
        byte[] pdf = render(catalog.thematicAreas(), asOf, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return new RenderedReport("thematic-areas-" + asOf + ".pdf", "application/pdf", pdf);
    }

    byte[] render(List<ThematicAreaView> areas, LocalDate asOf, java.time.Instant generatedAt) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ThematicAreaView area : areas) {
            for (GcmObjectiveView objective : area.objectives()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("areaCode", area.code());
                row.put("areaName", area.name());
                row.put("objectiveNumber", objective.number());
                row.put("objectiveTitle", objective.title());
                rows.add(row);
            }
        }
        Map<String, Object> parameters = Map.of(
                "FUND_NAME",
                FUND_NAME,
                "TITLE",
                "Thematic areas and GCM objectives",
                "AS_OF",
                asOf.toString(),
                "GENERATED_AT",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(generatedAt.atOffset(ZoneOffset.UTC)));
        return renderer.render("thematic-areas", parameters, rows, generatedAt);
    }
}
