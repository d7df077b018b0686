package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.PasswordChange;
import org.migrationmptf.fund.access.api.SignIn;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;

/**
 * Who the caller is (name, roles, the contributor or organization it acts for) and the caller's own
 * password. The account's version is its ETag; a password change may send it as If-Match.
 */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
@SecurityRequirement(name = "basic")
@RolesAllowed({ // every signed-in user, whatever the role
    Role.Names.CONTRIBUTOR,
    Role.Names.FUND_OFFICER,
    Role.Names.FUND_APPROVER,
    Role.Names.AA_FINANCE,
    Role.Names.PUNO_REPORTER,
    Role.Names.AUDITOR,
    Role.Names.ADMIN
})
public class MeResource {

    @Inject
    Authenticator authenticator;

    @Inject
    PasswordChange passwordChange;

    @Context
    SecurityContext security;

    /** The caller as the API shows it, and whether it must change its (one-time) password first. */
    public record Me(
            String username,
            String displayName,
            List<String> roles,
            String contributor,
            String organization,
            boolean mustChangePassword) {}

    /** A new password for the caller; the current one proves it is really the caller. */
    public record PasswordChangeRequest(
            @NotBlank(message = "enter your current password")
            String currentPassword,

            @NotBlank(message = "enter a new password")
            @Size(
                    min = PasswordChange.MINIMUM_LENGTH,
                    max = Authenticator.MAX_PASSWORD_LENGTH,
                    message = "use 12 to 128 characters")
            String newPassword) {}

    @GET
    @Operation(summary = "The authenticated caller; the ETag is the account's version")
    public Response me() {
        String username = security.getUserPrincipal().getName();
        SignIn.Accepted session = authenticator.session(username).orElseThrow(NotFoundException::new);
        AuthenticatedUser user = session.user();
        Me me = new Me(
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).sorted().toList(),
                user.contributorCode(),
                user.organizationCode(),
                session.mustChangePassword());
        return Response.ok(me).tag(etag(passwordChange.version(username))).build();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's password; If-Match with the ETag of GET /api/v1/me guards it")
    public Response changePassword(
            @NotNull(message = "send currentPassword and newPassword") @Valid PasswordChangeRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthenticatedUser user =
                authenticator.currentUser(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
        PasswordChange.Changed changed = passwordChange.change(
                user,
                request.currentPassword().toCharArray(),
                request.newPassword().toCharArray(),
                IfMatch.version(ifMatch));
        return Response.noContent().tag(etag(changed.version())).build();
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
