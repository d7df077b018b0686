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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
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
 * Transfers to PUNOs: the Administrative Agent executes an approved instruction on a value date and
 * the transfer posts (funds with PUNOs against cash with the AA); the executed transfers, paginated.
 */
@Path("v1/transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers")
public class TransfersResource {

    /** Which approved instruction is executed, and its value date. */
    public record Execution(Long instruction, LocalDate valueDate) {}

    @Inject
    TransferDesk desk;

    @Inject
    TransferRegister register;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Executed transfers, newest first, optionally of one programme; paginated")
    public Page<TransferView> transfers(
            @QueryParam("programme") String programme,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return TransferInstructionsResource.list(
                register,
                caller.required(),
                programme,
                Optional.of(TransferStatus.EXECUTED),
                offset,
                limit,
                sort,
                order);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Execute an approved transfer instruction: it posts, unless cash with the Administrative Agent"
                    + " would go below zero or transfers would exceed the allocation. Requires Idempotency-Key;"
                    + " If-Match with the instruction's ETag is honoured")
    @APIResponse(
            responseCode = "201",
            description = "The executed transfer; Location names its instruction",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response execute(
            @NotNull(message = "send the instruction and the value date") @Valid Execution body,
            @HeaderParam(IdempotentResponses.HEADER) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (body.instruction() == null) {
            throw Lists.invalid("instruction", "give the transfer instruction's id");
        }
        AuthenticatedUser by = caller.required();
        return idempotent.once(
                key,
                by.username(),
                "POST /api/v1/transfers",
                Map.of("instruction", body.instruction(), "valueDate", String.valueOf(body.valueDate())),
                () -> {
                    TransferView executed =
                            desk.execute(body.instruction(), body.valueDate(), IfMatch.version(ifMatch), by);
                    return new IdempotentResponses.Created(
                            201, URI.create("v1/transfer-instructions/" + executed.id()), executed);
                });
    }
}
