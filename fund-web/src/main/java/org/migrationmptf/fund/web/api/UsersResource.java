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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.access.api.AccountDesk;
import org.migrationmptf.fund.access.api.AccountView;
import org.migrationmptf.fund.access.api.IssuedPassword;
import org.migrationmptf.fund.access.api.NewAccount;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;

/**
 * User accounts, for administrators only: create (the answer carries the one-time password, shown
 * this once), disable, enable, assign the one role and whom a CONTRIBUTOR or PUNO_REPORTER acts for,
 * reset the password. The administrator has no financial rights: every financial endpoint answers
 * it 403.
 */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
@RolesAllowed(Role.Names.ADMIN)
public class UsersResource {

    @Inject
    AccountDesk accounts;

    @Inject
    Caller caller;

    /** An account to create. */
    public record AccountRequest(
            @NotBlank(message = "give the user name") String username,
            @NotBlank(message = "give the name to show") String displayName,
            @NotNull(message = "give the role") Role role,
            String actsFor) {}

    /** The account's role from now on. */
    public record RoleAssignment(
            @NotNull(message = "give the role") Role role, String actsFor) {}

    @GET
    @Operation(summary = "Accounts in user-name order; paginated")
    public Page<AccountView> accounts(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return accounts.accounts(Lists.page(offset, limit, null, null), caller.required());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account; ETag = its version")
    public Response account(@PathParam("username") String username) {
        AccountView account = accounts.account(username, caller.required());
        return Response.ok(account).tag(Versions.etag(account.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an account with a one-time password (in this answer only) that the user must change"
                    + " at the first sign-in")
    @APIResponse(
            responseCode = "201",
            description = "The account with its one-time password, shown only in this answer; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@NotNull(message = "send the account") @Valid AccountRequest request) {
        IssuedPassword issued = accounts.create(
                new NewAccount(request.username(), request.displayName(), request.role(), request.actsFor()),
                caller.required());
        return Response.created(URI.create("v1/users/" + issued.account().username()))
                .tag(Versions.etag(issued.account().version()))
                .entity(issued)
                .build();
    }

    @POST
    @Path("{username}/disablement")
    @Operation(summary = "Disable the account: it cannot sign in and its sessions end; If-Match honoured")
    public Response disable(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(accounts.disable(username, IfMatch.version(ifMatch), caller.required()));
    }

    @POST
    @Path("{username}/enablement")
    @Operation(summary = "Enable a disabled account again; If-Match honoured")
    public Response enable(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(accounts.enable(username, IfMatch.version(ifMatch), caller.required()));
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assign the account's role (and whom a CONTRIBUTOR or PUNO_REPORTER acts for); If-Match honoured")
    public Response assign(
            @PathParam("username") String username,
            @NotNull(message = "send the role") @Valid RoleAssignment request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(accounts.assignRole(
                username, request.role(), request.actsFor(), IfMatch.version(ifMatch), caller.required()));
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Issue a new one-time password (in this answer only); the user's sessions end")
    public Response reset(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IssuedPassword issued = accounts.resetPassword(username, IfMatch.version(ifMatch), caller.required());
        return Response.ok(issued)
                .tag(Versions.etag(issued.account().version()))
                .build();
    }

    private static Response ok(AccountView account) {
        return Response.ok(account).tag(Versions.etag(account.version())).build();
    }
}
