package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.Role;

/** Who the caller is: name, roles and the contributor or organization it acts for. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    Authenticator authenticator;

    @Context
    SecurityContext security;

    /** The caller as the API shows it. */
    public record Me(
            String username, String displayName, List<String> roles, String contributor, String organization) {}

    @GET
    @RolesAllowed({
        Role.Names.CONTRIBUTOR,
        Role.Names.FUND_OFFICER,
        Role.Names.FUND_APPROVER,
        Role.Names.AA_FINANCE,
        Role.Names.PUNO_REPORTER,
        Role.Names.AUDITOR,
        Role.Names.ADMIN
    })
    @Operation(summary = "The authenticated caller")
    public Me me() {
        AuthenticatedUser user =
                authenticator.currentUser(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
        return new Me(
                user.username(),
                user.displayName(),
                user.roles().stream().map(Role::name).sorted().toList(),
                user.contributorCode(),
                user.organizationCode());
    }
}
