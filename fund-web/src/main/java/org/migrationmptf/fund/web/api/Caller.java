package org.migrationmptf.fund.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Optional;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.web.problem.Problems;

/** The user behind the current API request, as the domain services take it. */
@RequestScoped
public class Caller {

    @Inject
    Authenticator authenticator;

    @Inject
    SecurityContext security;

    /** The signed-in user; an anonymous request (on a public endpoint) has none. */
    public Optional<AuthenticatedUser> optional() {
        Principal principal = security == null ? null : security.getCallerPrincipal();
        return principal == null ? Optional.empty() : authenticator.currentUser(principal.getName());
    }

    /** The signed-in user; endpoints that call this are not open to anonymous callers. */
    public AuthenticatedUser required() {
        return optional().orElseThrow(() -> new NotAuthorizedException(Problems.BASIC_CHALLENGE));
    }
}
