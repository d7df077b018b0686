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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.disbursement.api.DirectCostDesk;
import org.migrationmptf.fund.disbursement.api.DirectCostRegister;
import org.migrationmptf.fund.disbursement.api.DirectCostView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * Direct costs the Steering Committee approved: the secretariat prepares them (Idempotency-Key), a
 * fund approver decides each in {@code /api/v1/approvals}, and on approval they post.
 */
@Path("v1/direct-costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers")
public class DirectCostsResource {

    /** A direct cost as the secretariat prepares it. */
    public record DirectCostBody(String decision, String description, BigDecimal amount, LocalDate valueDate) {}

    @Inject
    DirectCostDesk desk;

    @Inject
    DirectCostRegister register;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Direct costs, newest first; paginated")
    public Page<DirectCostView> directCosts(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return register.directCosts(Lists.page(offset, limit, null, null), caller.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Prepare a direct cost citing a DIRECT_COST decision; a fund approver's approval posts it out of"
                    + " the unearmarked money left. Requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The direct cost, PENDING",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response prepare(
            @NotNull(message = "send the direct cost") @Valid DirectCostBody body,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser maker = caller.required();
        return idempotent.once(key, maker.username(), "POST /api/v1/direct-costs", body, () -> {
            DirectCostView prepared =
                    desk.prepare(body.decision(), body.description(), body.amount(), body.valueDate(), maker);
            return new IdempotentResponses.Created(201, URI.create("v1/direct-costs"), prepared);
        });
    }
}
