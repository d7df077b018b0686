package org.migrationmptf.fund.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.identity.api.Role;

/**
 * The signed-in user as the pages show it, what it may do (so a page renders a button only for those
 * who may press it; the service checks again), and signing out.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Authenticator authenticator;

    @Inject
    FacesContext faces;

    private Optional<AuthenticatedUser> user;

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(AuthenticatedUser::displayName).orElse("");
    }

    public String getUsername() {
        return user().map(AuthenticatedUser::username).orElse("");
    }

    public List<String> getRoles() {
        return user().map(u -> u.roles().stream().map(Role::name).sorted().toList())
                .orElse(List.of());
    }

    public String getActsFor() {
        return user().flatMap(u -> u.contributor().or(u::organization)).orElse(null);
    }

    /** Whether the user's role holds the permission, e.g. {@code #{currentUser.may('RECORD_DEPOSIT')}}. */
    public boolean may(String permission) {
        return user().map(u -> u.may(Permission.valueOf(permission))).orElse(false);
    }

    public boolean has(Role role) {
        return user().map(u -> u.has(role)).orElse(false);
    }

    /** Secretariat, Administrative Agent finance and auditors: they see every contributor. */
    public boolean isStaff() {
        return user().map(AuthenticatedUser::isFundStaff).orElse(false);
    }

    /** The page the user lands on after signing in: its work (the public home page when signed out). */
    public String getHome() {
        return user().map(CurrentUser::homeOf).orElse("/index");
    }

    /** The public home page's action: a signed-in user goes straight to its own home page. */
    public String toHomeIfSignedIn() {
        return isSignedIn() ? getHome() + "?faces-redirect=true" : null;
    }

    /** A role's home page: its work and figures. */
    static String homeOf(AuthenticatedUser u) {
        if (u.has(Role.CONTRIBUTOR)) {
            return "/contributor/dashboard";
        }
        if (u.has(Role.AA_FINANCE)) {
            return "/finance/deposits";
        }
        if (u.has(Role.AUDITOR)) {
            return "/audit/index";
        }
        if (u.has(Role.ADMIN)) {
            return "/admin/users";
        }
        return "/work/index";
    }

    /** The signed-in user, for the page beans (which are only reachable signed in). */
    public AuthenticatedUser required() {
        return user().orElseThrow(() -> new IllegalStateException("this page is for signed-in users"));
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/");
    }

    private Optional<AuthenticatedUser> user() {
        if (user == null) {
            user = Optional.ofNullable(securityContext.getCallerPrincipal())
                    .flatMap(p -> authenticator.currentUser(p.getName()));
        }
        return user;
    }
}
