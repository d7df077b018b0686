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
import org.migrationmptf.fund.disbursement.api.PunoReturnDesk;
import org.migrationmptf.fund.disbursement.api.PunoReturnRegister;
import org.migrationmptf.fund.disbursement.api.PunoReturnView;
import org.migrationmptf.fund.disbursement.api.ReturnKind;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * Money PUNOs return, as the Administrative Agent records it: refunds of unspent balances (at most
 * what the PUNO holds unspent) and interest PUNOs earned on the fund's money; both post.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfers")
public class PunoReturnsResource {

    /** Money returned, as the bank credited it. */
    public record ReturnBody(String programme, String puno, BigDecimal amount, LocalDate valueDate, String reference) {}

    @Inject
    PunoReturnDesk desk;

    @Inject
    PunoReturnRegister register;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @GET
    @Path("refunds")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Refunds, newest first, optionally of one programme; paginated")
    public Page<PunoReturnView> refunds(
            @QueryParam("programme") String programme,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return list(ReturnKind.REFUND, programme, offset, limit);
    }

    @GET
    @Path("puno-interest")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Interest PUNOs earned and passed back, newest first, optionally of one programme; paginated")
    public Page<PunoReturnView> interest(
            @QueryParam("programme") String programme,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return list(ReturnKind.INTEREST, programme, offset, limit);
    }

    private Page<PunoReturnView> list(ReturnKind kind, String programme, String offset, String limit) {
        return register.returns(
                kind,
                Optional.ofNullable(programme).filter(p -> !p.isBlank()),
                Lists.page(offset, limit, null, null),
                caller.required());
    }

    @POST
    @Path("refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Record a PUNO's refund of an unspent balance (at most what it holds unspent); it posts cash"
                    + " against funds with PUNOs. Requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The refund, posted",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response refund(
            @NotNull(message = "send the refund") @Valid ReturnBody body,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        return record(ReturnKind.REFUND, body, key);
    }

    @POST
    @Path("puno-interest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Record interest a PUNO earned on the fund's money and passed back; it posts cash against"
                    + " interest from PUNOs. Requires Idempotency-Key")
    @APIResponse(
            responseCode = "201",
            description = "The interest, posted",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response interest(
            @NotNull(message = "send the interest") @Valid ReturnBody body,
            @HeaderParam(IdempotentResponses.HEADER) String key) {
        return record(ReturnKind.INTEREST, body, key);
    }

    private Response record(ReturnKind kind, ReturnBody body, String key) {
        AuthenticatedUser by = caller.required();
        String path = kind == ReturnKind.REFUND ? "refunds" : "puno-interest";
        return idempotent.once(key, by.username(), "POST /api/v1/" + path, body, () -> {
            PunoReturnView recorded = kind == ReturnKind.REFUND
                    ? desk.record(body.programme(), body.puno(), body.amount(), body.valueDate(), body.reference(), by)
                    : desk.recordInterest(
                            body.programme(), body.puno(), body.amount(), body.valueDate(), body.reference(), by);
            return new IdempotentResponses.Created(
                    201, URI.create("v1/" + path + "?programme=" + recorded.programme()), recorded);
        });
    }
}
