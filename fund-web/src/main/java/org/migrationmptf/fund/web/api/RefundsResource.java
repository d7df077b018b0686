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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.disbursement.api.RefundDesk;
import org.migrationmptf.fund.disbursement.api.RefundRegister;
import org.migrationmptf.fund.disbursement.api.RefundView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/** Refunds of unspent balances by PUNOs: the Administrative Agent records them and they post. */
@Path("v1/refunds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers")
public class RefundsResource {

    /** A refund as the bank credited it. */
    public record RefundBody(String programme, String puno, BigDecimal amount, LocalDate valueDate, String reference) {}

    @Inject
    RefundDesk desk;

    @Inject
    RefundRegister register;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Refunds, newest first, optionally of one programme; paginated")
    public Page<RefundView> refunds(
            @QueryParam("programme") String programme,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return register.refunds(
                Optional.ofNullable(programme).filter(p -> !p.isBlank()),
                Lists.page(offset, limit, null, null),
                caller.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Record a PUNO's refund of an unspent balance (at most what it holds unspent); it posts cash"
                    + " against funds with PUNOs. Requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The refund, posted",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response record(
            @NotNull(message = "send the refund") @Valid RefundBody body,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        AuthenticatedUser by = caller.required();
        return idempotent.once(key, by.username(), "POST /api/v1/refunds", body, () -> {
            RefundView refund =
                    desk.record(body.programme(), body.puno(), body.amount(), body.valueDate(), body.reference(), by);
            return new IdempotentResponses.Created(
                    201, URI.create("v1/refunds?programme=" + refund.programme()), refund);
        });
    }
}
