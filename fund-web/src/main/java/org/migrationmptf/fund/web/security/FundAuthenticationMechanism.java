package org.migrationmptf.fund.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.access.api.Authenticator;

/**
 * One authentication mechanism for the whole WAR, two ways in:
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every call, stateless. A session cookie never opens the API, so
 *       a page session cannot be ridden by a cross-site request to it. Wrong credentials: 401.
 *   <li>pages: the login form ({@code /login.xhtml}) authenticates once, the user name is kept in the
 *       HTTP session (whose id is changed at login), and each request re-reads the account, so a
 *       disabled account or a changed role takes effect at once. A protected page without a session
 *       redirects to the login form.
 * </ul>
 */
@ApplicationScoped
public class FundAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "fund.user";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return basic(request, response, context);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return formLogin(request, context, form);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<AuthenticatedUser> user = authenticator.currentUser(username);
            if (user.isPresent()) {
                return login(context, user.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(
                    request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        Optional<String[]> credentials = decode(header.substring(6).trim());
        Optional<AuthenticatedUser> user =
                credentials.flatMap(c -> authenticator.authenticate(c[0], c[1].toCharArray()));
        if (user.isEmpty()) {
            // the web.xml error page writes the problem+json body and the Basic challenge
            try {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return login(context, user.get());
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
        Optional<AuthenticatedUser> user =
                authenticator.authenticate(form.getCaller(), form.getPassword().getValue());
        if (user.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, user.get().username());
        return login(context, user.get());
    }

    private static AuthenticationStatus login(HttpMessageContext context, AuthenticatedUser user) {
        return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), user.roleNames());
    }

    /** user and password from a Basic header value, if well formed. */
    static Optional<String[]> decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0
                    ? Optional.empty()
                    : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
