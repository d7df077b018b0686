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
import org.migrationmptf.fund.approval.api.ApprovalDesk;
import org.migrationmptf.fund.approval.api.ApprovalStatus;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * The four-eyes approvals of every maker-checker action (deposit postings, period closes): the
 * caller's inbox (what it may decide), any approval for staff and auditors, and the checker's
 * decision. Approving may post money, so it needs an Idempotency-Key; both decisions honour
 * If-Match with the approval's ETag, so a checker approves exactly the version it read.
 */
@Path("v1/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Approvals")
public class ApprovalsResource {

    @Inject
    Approvals approvals;

    @Inject
    ApprovalDesk desk;

    @Inject
    IdempotentResponses idempotent;

    @Inject
    Caller caller;

    /** Why the checker refuses what was prepared. */
    public record Rejection(
            @NotBlank(message = "say why it is rejected") String reason) {}

    @GET
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(
            summary = "Approvals: by default the caller's inbox (pending, prepared by someone else, decidable by"
                    + " the caller's role); with scope=all every approval, optionally by action and status")
    public Page<ApprovalView> approvals(
            @QueryParam("scope") String scope,
            @QueryParam("action") String action,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        AuthenticatedUser user = caller.required();
        if (scope == null || scope.isBlank() || scope.equals("inbox")) {
            return approvals.inbox(user, Lists.page(offset, limit, null, null));
        }
        if (!scope.equals("all")) {
            throw Lists.invalid("scope", "must be inbox or all");
        }
        return approvals.approvals(
                Lists.enumValue("action", action, FourEyesAction.class),
                Lists.enumValue("status", status, ApprovalStatus.class),
                Lists.page(offset, limit, null, null),
                user);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.FUND_OFFICER, Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "One approval with what was prepared (payload) and its decision; ETag = its version")
    public Response approval(@PathParam("id") long id) {
        ApprovalView approval = approvals.approval(id, caller.required());
        return Response.ok(approval).tag(Versions.etag(approval.version())).build();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE})
    @Operation(
            summary = "Approve what another user prepared: it is carried out (a deposit posts, a month closes);"
                    + " requires Idempotency-Key; If-Match with the approval's ETag is honoured")
    public Response approve(
            @PathParam("id") long id,
            @HeaderParam(IdempotentResponses.HEADER) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthenticatedUser checker = caller.required();
        return idempotent.once(
                key, checker.username(), "POST /api/v1/approvals/" + id + "/approval", Map.of("approval", id), () -> {
                    ApprovalView approved = desk.approve(id, IfMatch.version(ifMatch), checker);
                    return new IdempotentResponses.Created(200, null, approved);
                });
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FUND_APPROVER, Role.Names.AA_FINANCE})
    @Operation(
            summary = "Reject what another user prepared, with a reason; If-Match with the approval's ETag is honoured")
    public Response reject(
            @PathParam("id") long id,
            @NotNull(message = "send the reason") @Valid Rejection rejection,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ApprovalView rejected = desk.reject(id, rejection.reason(), IfMatch.version(ifMatch), caller.required());
        return Response.ok(rejected).tag(Versions.etag(rejected.version())).build();
    }
}
