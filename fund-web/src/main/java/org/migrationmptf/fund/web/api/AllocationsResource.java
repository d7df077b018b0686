package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.disbursement.api.AllocationDesk;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.disbursement.api.AllocationView;
import org.migrationmptf.fund.disbursement.api.Availability;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * Allocations to joint programmes: the secretariat prepares them (money-moving: Idempotency-Key), a
 * fund approver decides each in {@code /api/v1/approvals}; and what each thematic area may still
 * allocate, from maintained balances.
 */
@Path("v1/allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations")
public class AllocationsResource {

    /** An allocation as the secretariat prepares it. */
    public record AllocationBody(
            String programme, String puno, String thematicArea, BigDecimal amount, String decision, String window) {}

    @Inject
    AllocationDesk desk;

    @Inject
    AllocationRegister register;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "Allocations, newest first, optionally of one programme or status; sort=id|amount|programme;"
                    + " paginated")
    public Page<AllocationView> allocations(
            @QueryParam("programme") String programme,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return register.allocations(
                Optional.ofNullable(programme).filter(p -> !p.isBlank()),
                Lists.enumValue("status", status, AllocationStatus.class),
                Lists.page(offset, limit, sort, order == null ? "desc" : order),
                caller.required());
    }

    @GET
    @Path("available-in-windows")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "What each fund window other than the programmatic one may still allocate: the contributions"
                    + " earmarked to it net of the AA fee, less its allocations")
    public List<org.migrationmptf.fund.disbursement.api.WindowAvailability> availableInWindows() {
        return register.windowAvailability(caller.required());
    }

    @GET
    @Path("available")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "What each thematic area may still allocate (or one, with thematicArea=): its earmarked"
                    + " money net of the AA fee first, then the unearmarked pool")
    public List<Availability> available(@QueryParam("thematicArea") String thematicArea) {
        AuthenticatedUser viewer = caller.required();
        if (thematicArea == null || thematicArea.isBlank()) {
            return register.availability(viewer);
        }
        return List.of(register.availability(thematicArea, viewer));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One allocation; ETag = its version")
    public Response allocation(@PathParam("id") long id) {
        AllocationView allocation = register.allocation(id, caller.required());
        return Response.ok(allocation).tag(Versions.etag(allocation.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Prepare an allocation to a programme's PUNO, citing an ALLOCATE or TOP_UP decision; it"
                    + " awaits a fund approver's approval. In the PROGRAMMATIC window unless window names another,"
                    + " which allocates only the money earmarked to it. Requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The allocation, PENDING; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response prepare(
            @NotNull(message = "send the allocation") @Valid AllocationBody body,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser maker = caller.required();
        return idempotent.once(key, maker.username(), "POST /api/v1/allocations", body, () -> {
            AllocationView prepared = desk.prepare(
                    new AllocationRequest(
                            body.programme(),
                            body.puno(),
                            body.thematicArea(),
                            body.amount(),
                            body.decision(),
                            body.window()),
                    maker);
            return new IdempotentResponses.Created(201, URI.create("v1/allocations/" + prepared.id()), prepared);
        });
    }
}
