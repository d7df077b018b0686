package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.Page;

/** The audit trail for auditors: its events, and the recomputation of its hash chain. */
@Path("v1/audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Role.Names.AUDITOR)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    FundCalendar calendar;

    @GET
    @Operation(
            summary = "Audit events, newest first by default; filter by user, action, subject and days (from, to"
                    + " inclusive, UTC); paginated")
    public Page<AuditEventView> events(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("order") String order) {
        return trail.events(
                new AuditQuery(
                        Optional.ofNullable(actor),
                        Optional.ofNullable(action),
                        Optional.ofNullable(subjectType),
                        Optional.ofNullable(subjectId),
                        Optional.ofNullable(Lists.date("from", from, null)).map(d -> calendar.require("from", d)),
                        Optional.ofNullable(Lists.date("to", to, null)).map(d -> calendar.require("to", d))),
                Lists.page(offset, limit, null, order == null ? "desc" : order));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the hash chain from the first event; names the first broken event")
    public ChainVerification verification() {
        return trail.verify();
    }
}
