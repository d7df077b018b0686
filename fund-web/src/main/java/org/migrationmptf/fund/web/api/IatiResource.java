package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.reports.api.IatiReports;

/** The fund's flows as IATI 2.03 XML, for the secretariat to publish and the auditors to check. */
@Path("v1/iati")
@RequestScoped
@Tag(name = "Reports")
@SecurityRequirement(name = "basic")
public class IatiResource {

    static final String XML = "application/xml; charset=utf-8";

    @Inject
    IatiReports iati;

    @Inject
    Caller caller;

    @GET
    @Path("activities.xml")
    @Produces(XML)
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "IATI 2.03 activity file: the fund's activity with its incoming commitments, incoming funds,"
                    + " outgoing commitments, disbursements and expenditure, streamed")
    public Response activities() {
        AuthenticatedUser user = caller.required();
        return xml("migration-mptf-activities.xml", out -> iati.activities(out, user));
    }

    @GET
    @Path("organisation.xml")
    @Produces(XML)
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "IATI 2.03 organisation file: the publisher and its expenditure per year")
    public Response organisation() {
        AuthenticatedUser user = caller.required();
        return xml("migration-mptf-organisation.xml", out -> iati.organisation(out, user));
    }

    private static Response xml(String file, StreamingOutput body) {
        return Response.ok(body, XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
