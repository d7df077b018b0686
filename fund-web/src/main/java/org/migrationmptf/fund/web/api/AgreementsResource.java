package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.contribution.api.AgreementDesk;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;

/**
 * One contribution agreement (ETag = its version, which moves with every deposit recorded on it), its
 * deposits, and recording a new deposit: AA_FINANCE only, with an Idempotency-Key, optionally guarded
 * by If-Match. Amounts are in the agreement's currency and carry at most its decimals (JPY none, KWD
 * three): the domain refuses more, naming the field.
 */
@Path("v1/agreements/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class AgreementsResource {

    @Inject
    ContributionRegister register;

    @Inject
    DepositDesk desk;

    @Inject
    AgreementDesk agreements;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Money received on the agreement. */
    public record DepositRecording(
            @NotNull(message = "give the value date") LocalDate receivedOn,

            @NotNull(message = "give the amount received")
            @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 16, fraction = 4, message = "use at most 16 digits before the decimal point")
            BigDecimal amount,

            @NotNull(message = "give the currency")
            @Pattern(regexp = "[A-Z]{3}", message = "use an ISO 4217 code such as EUR")
            String currency,

            @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 16, fraction = 4, message = "use at most 16 digits before the decimal point")
            BigDecimal usdReceived,

            @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 12, fraction = 10, message = "use at most 10 decimals")
            BigDecimal bankStatedRate,

            String bankReference) {}

    /** A signed amendment: a positive change raises the commitment, a negative one lowers it. */
    public record AmendmentRequest(
            @NotNull(message = "give the date of signature") LocalDate signedOn,

            @NotNull(message = "give the change of the commitment")
            @Digits(integer = 16, fraction = 4, message = "use at most 16 digits before the decimal point")
            BigDecimal change,

            @NotBlank(message = "give the reason") String reason) {}

    @POST
    @Path("amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Register a signed amendment raising or lowering the commitment (never below what is"
                    + " deposited); If-Match with the agreement's ETag is honoured")
    public Response amend(
            @PathParam("id") long id,
            @NotNull(message = "send the amendment") @Valid AmendmentRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AgreementView amended = agreements.amend(
                id,
                request.signedOn(),
                request.change(),
                request.reason(),
                IfMatch.version(ifMatch),
                caller.required());
        return Response.ok(amended).tag(Versions.etag(amended.version())).build();
    }

    @GET
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(
            summary = "One agreement as of a date (default today): commitment with the amendments signed by then,"
                    + " deposits and pending deposits received by then, arrears, schedule; ETag = version")
    public Response agreement(@PathParam("id") long id, @QueryParam("asOf") String asOf) {
        AgreementView view = register.agreement(id, Lists.date("asOf", asOf, LocalDate.now(clock)), caller.required());
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("deposits")
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(summary = "The agreement's deposits, oldest first")
    public List<DepositView> deposits(@PathParam("id") long id) {
        return register.depositsOf(id, caller.required());
    }

    @POST
    @Path("deposits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Record a deposit (pending until another finance user approves it); requires Idempotency-Key;"
                    + " If-Match with the agreement's ETag guards against a position that moved")
    @APIResponse(
            responseCode = "201",
            description =
                    "The deposit, recorded and pending its verification; Location names it. A replay of the same Idempotency-Key answers the same, with Idempotent-Replayed: true",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response record(
            @PathParam("id") long id,
            @NotNull(message = "send the deposit") @Valid DepositRecording request,
            @HeaderParam(IdempotentResponses.HEADER) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthenticatedUser maker = caller.required();
        return idempotent.once(key, maker.username(), "POST /api/v1/agreements/" + id + "/deposits", request, () -> {
            DepositView deposit = desk.record(
                    id,
                    new DepositRequest(
                            request.receivedOn(),
                            request.amount(),
                            request.currency(),
                            request.usdReceived(),
                            request.bankStatedRate(),
                            request.bankReference()),
                    IfMatch.version(ifMatch),
                    maker);
            return new IdempotentResponses.Created(201, URI.create("v1/deposits/" + deposit.id()), deposit);
        });
    }
}
