package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Fills {@code thematic-areas.jrxml} from the same read model the API and the web page use. Public
 * reference data, not a financial report: no standing, not entered in the register (anyone may
 * download it without signing in); dated its as-of day, so the same areas give the same bytes.
 */
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
        byte[] pdf = render(catalog.thematicAreas(), asOf);
        return new RenderedReport("thematic-areas-" + asOf + ".pdf", "application/pdf", pdf);
    }

    byte[] render(List<ThematicAreaView> areas, LocalDate asOf) {
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
        Map<String, Object> parameters =
                Map.of("FUND_NAME", FUND_NAME, "TITLE", "Thematic areas and GCM objectives", "AS_OF", asOf.toString());
        return renderer.render("thematic-areas", parameters, rows, ReportIssuing.datedAt(asOf));
    }
}
