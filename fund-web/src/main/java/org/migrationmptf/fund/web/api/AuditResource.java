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
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.identity.api.Role;
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

    @GET
    @Operation(summary = "Audit events, newest first by default, optionally about one subject; paginated")
    public Page<AuditEventView> events(
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("order") String order) {
        return trail.events(
                Lists.page(offset, limit, null, order == null ? "desc" : order),
                Optional.ofNullable(subjectType),
                Optional.ofNullable(subjectId));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the hash chain from the first event; names the first broken event")
    public ChainVerification verification() {
        return trail.verify();
    }
}
