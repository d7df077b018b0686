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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.disbursement.api.TransferDesk;
import org.migrationmptf.fund.disbursement.api.TransferRegister;
import org.migrationmptf.fund.disbursement.api.TransferStatus;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * Transfer instructions, one tranche each: the secretariat prepares them (Idempotency-Key), a fund
 * approver decides each in {@code /api/v1/approvals}, the Administrative Agent executes them in
 * {@code /api/v1/transfers}.
 */
@Path("v1/transfer-instructions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers")
public class TransferInstructionsResource {

    /** A tranche as the secretariat prepares it. */
    public record InstructionBody(String programme, String puno, BigDecimal amount) {}

    @Inject
    TransferDesk desk;

    @Inject
    TransferRegister register;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    static Page<TransferView> list(
            TransferRegister register,
            AuthenticatedUser viewer,
            String programme,
            Optional<TransferStatus> status,
            String offset,
            String limit,
            String sort,
            String order) {
        return register.transfers(
                Optional.ofNullable(programme).filter(p -> !p.isBlank()),
                status,
                Lists.page(offset, limit, sort, order == null ? "desc" : order),
                viewer);
    }

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Transfer instructions, newest first, optionally of one programme or status; paginated")
    public Page<TransferView> instructions(
            @QueryParam("programme") String programme,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return list(
                register,
                caller.required(),
                programme,
                Lists.enumValue("status", status, TransferStatus.class),
                offset,
                limit,
                sort,
                order);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One transfer instruction and, once executed, its transfer; ETag = its version")
    public Response instruction(@PathParam("id") long id) {
        TransferView instruction = register.transfer(id, caller.required());
        return Response.ok(instruction)
                .tag(Versions.etag(instruction.version()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.FUND_OFFICER)
    @Operation(
            summary = "Prepare the next tranche to a programme's PUNO: within its approved allocations, and only"
                    + " once the earlier tranches are spent to the threshold (70 %). Requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The instruction, PENDING; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response prepare(
            @NotNull(message = "send the transfer instruction") @Valid InstructionBody body,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser maker = caller.required();
        return idempotent.once(key, maker.username(), "POST /api/v1/transfer-instructions", body, () -> {
            TransferView prepared = desk.prepare(body.programme(), body.puno(), body.amount(), maker);
            return new IdempotentResponses.Created(
                    201, URI.create("v1/transfer-instructions/" + prepared.id()), prepared);
        });
    }
}
