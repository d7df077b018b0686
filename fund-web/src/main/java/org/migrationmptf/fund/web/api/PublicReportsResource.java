package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.reports.api.FundingStatusReports;
import org.migrationmptf.fund.reports.api.FundingStatusStatement;

/** What the public sees without signing in: the same Funding Status the transparency page shows. */
@Path("v1/public")
@RequestScoped
@Tag(name = "Public")
public class PublicReportsResource {

    @Inject
    FundingStatusReports fundingStatus;

    @Inject
    Clock clock;

    @Inject
    org.migrationmptf.fund.reports.api.TransparencyReports transparency;

    @GET
    @Path("programmes-by-area")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(
            summary = "Published programmes by thematic area and geography with their approved allocations to asOf"
                    + " (default today), public")
    public java.util.List<org.migrationmptf.fund.reports.api.AreaProgrammes> programmesByArea(
            @QueryParam("asOf") String asOf) {
        return transparency.programmesByArea(Lists.date("asOf", asOf, LocalDate.now(clock)));
    }

    @GET
    @Path("funding-status")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The Funding Status as of asOf (default today), public: no sign-in needed")
    public FundingStatusStatement fundingStatus(@QueryParam("asOf") String asOf) {
        return fundingStatus.statement(Lists.date("asOf", asOf, LocalDate.now(clock)));
    }
}
