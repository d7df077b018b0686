package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.DepositDesk;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * Deposits: the list (finance's verification inbox is {@code ?status=RECORDED}), one deposit with
 * its ETag, and the checker's decision on it: verification (which posts it) or rejection. Both
 * decide the deposit's four-eyes approval; {@code /api/v1/approvals} reaches the same approvals.
 */
@Path("v1/deposits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class DepositsResource {

    @Inject
    ContributionRegister register;

    @Inject
    DepositDesk desk;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(summary = "Deposits (a contributor's user sees its own), optionally by status; paginated, sortable")
    public Page<DepositView> deposits(
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return register.deposits(
                Lists.enumValue("status", status, DepositStatus.class),
                Lists.page(offset, limit, sort, order == null ? "desc" : order),
                caller.required());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.AUDITOR
    })
    @Operation(summary = "One deposit with its conversion record and postings; ETag = version")
    public Response deposit(@PathParam("id") long id) {
        DepositView deposit = register.deposit(id, caller.required());
        return Response.ok(deposit).tag(Versions.etag(deposit.version())).build();
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Verify a deposit recorded by another finance user (approves its four-eyes approval); posts it"
                    + " and its 1 % fee. Requires Idempotency-Key; If-Match with the deposit's ETag is honoured")
    public Response verify(
            @PathParam("id") long id,
            @HeaderParam(IdempotentResponses.HEADER) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthenticatedUser checker = caller.required();
        return idempotent.once(
                key, checker.username(), "POST /api/v1/deposits/" + id + "/verification", Map.of("deposit", id), () -> {
                    DepositView posted = desk.verify(id, IfMatch.version(ifMatch), checker);
                    return new IdempotentResponses.Created(200, null, posted);
                });
    }

    /** Why the checker refuses a recorded deposit. */
    public record Rejection(
            @NotBlank(message = "say why the deposit is rejected")
            String reason) {}

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.AA_FINANCE)
    @Operation(
            summary = "Reject a deposit recorded by another finance user (it never posts and frees its room in"
                    + " the agreement); If-Match with the deposit's ETag is honoured")
    public Response reject(
            @PathParam("id") long id,
            @NotNull(message = "send the reason") @Valid Rejection rejection,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        DepositView rejected = desk.reject(id, rejection.reason(), IfMatch.version(ifMatch), caller.required());
        return Response.ok(rejected).tag(Versions.etag(rejected.version())).build();
    }
}
