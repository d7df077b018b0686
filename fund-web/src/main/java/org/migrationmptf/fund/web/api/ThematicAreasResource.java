package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;
import org.migrationmptf.fund.reports.api.RenderedReport;
import org.migrationmptf.fund.reports.api.ThematicAreasReport;

/** The Fund's thematic areas with their GCM objectives: public reference data, as JSON or PDF. */
@Path("v1")
@RequestScoped
@Tag(name = "Reference data")
public class ThematicAreasResource {

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ThematicAreasReport report;

    @GET
    @Path("thematic-areas")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The thematic areas in force, each with the GCM objectives it clusters")
    public List<ThematicAreaView> thematicAreas() {
        return catalog.thematicAreas();
    }

    @GET
    @Path("thematic-areas.pdf")
    @Produces("application/pdf")
    @PermitAll
    @Operation(summary = "The same thematic areas as a PDF report (JasperReports)")
    public Response thematicAreasPdf() {
        RenderedReport pdf = report.pdf();
        return Response.ok(pdf.content(), pdf.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, pdf.attachmentDisposition())
                .header("X-Content-SHA256", pdf.sha256())
                .build();
    }
}
