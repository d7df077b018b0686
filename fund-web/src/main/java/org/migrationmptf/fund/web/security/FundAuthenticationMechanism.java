package org.migrationmptf.fund.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.SignIn;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * One authentication mechanism for the whole WAR, two ways in:
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every call, stateless. A session cookie never opens the API, so
 *       a page session cannot be ridden by a cross-site request to it (nor is its user blamed for a
 *       403: without Basic credentials the API answers 401). Wrong credentials: 401; too many failed
 *       sign-ins: 429 with Retry-After; an account that must change its one-time password may only
 *       read {@code /api/v1/me} and change the password (403 {@code password-change-required}).
 *   <li>pages: the login form ({@code /login.xhtml}) authenticates once, the user name and the
 *       account's session epoch are kept in the HTTP session (whose id is changed at login), and each
 *       request re-reads the account: a disabled account, a changed role, or a password changed
 *       elsewhere (a new epoch) takes effect at once. A user who must change the password is sent to
 *       the account page until it is done. A session signed in over HTTPS is bound to a {@code
 *       Secure} cookie of its own ({@value #BINDING_COOKIE}), so its session id, were it ever sent
 *       over plain HTTP, opens nothing.
 * </ul>
 */
@ApplicationScoped
public class FundAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "fund.user";
    static final String SESSION_EPOCH = "fund.epoch";
    static final String SESSION_BINDING = "fund.binding";

    /** The Secure cookie that binds a session signed in over HTTPS (the {@code __Host-} prefix pins it to this host). */
    public static final String BINDING_COOKIE = "__Host-fund-session";

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String ACCOUNT_PAGE = "/account.xhtml";

    /** Request attribute: the sign-in was throttled, retry after this many seconds (the form shows it). */
    public static final String RETRY_AFTER = "fund.signIn.retryAfter";

    /** Request attribute: the problem type the error page answers instead of the status's default. */
    public static final String PROBLEM = "fund.problem";

    public static final String PASSWORD_CHANGE_REQUIRED = "password-change-required";

    /** Request attribute: the API caller whose Basic credentials this request carried and passed. */
    static final String API_CALLER = "fund.api.caller";

    /** What a user who must change the password may still open. */
    private static final Set<String> WHILE_PASSWORD_MUST_CHANGE = Set.of(ACCOUNT_PAGE, LOGIN_PAGE, "/error");

    @Inject
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = pathOf(request);
        if (path.startsWith("/api/")) {
            return basic(request, response, context, path);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return formLogin(request, context, form);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<SignIn.Accepted> account = authenticator.session(username);
            if (account.isPresent()
                    && account.get().sessionEpoch() == epochOf(session)
                    && bindingHolds(request, session)) {
                if (account.get().mustChangePassword() && !mayOpenWhilePasswordMustChange(path)) {
                    return context.redirect(request.getContextPath() + ACCOUNT_PAGE + "?required=true");
                }
                return login(context, account.get().user());
            }
            // disabled, or its password changed since this session signed in: the session ends
            session.invalidate();
            if (context.isProtected()) {
                return context.redirect(request.getContextPath() + LOGIN_PAGE + "?ended=true&next="
                        + URLEncoder.encode(nextOf(request, path), StandardCharsets.UTF_8));
            }
            return context.doNothing();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(nextOf(request, path), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static boolean mayOpenWhilePasswordMustChange(String path) {
        return WHILE_PASSWORD_MUST_CHANGE.contains(path)
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/session-expired.xhtml");
    }

    private static long epochOf(HttpSession session) {
        return session.getAttribute(SESSION_EPOCH) instanceof Long epoch ? epoch : -1;
    }

    /** The path the client asked for: for an error dispatch, the original request's, not the error page's. */
    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            uri = original;
        }
        String context = request.getContextPath();
        return uri.length() >= context.length() ? uri.substring(context.length()) : uri;
    }

    private static String nextOf(HttpServletRequest request, String path) {
        return path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page of an API request: the caller it authenticated, if any, without checking
            // (and counting) the password a second time, and without answering an error of its own
            if (request.getAttribute(API_CALLER) instanceof String username) {
                Optional<AuthenticatedUser> user = authenticator.currentUser(username);
                if (user.isPresent()) {
                    return login(context, user.get());
                }
            }
            return context.doNothing();
        }
        Optional<String[]> credentials = basicCredentials(request);
        if (credentials.isEmpty()) {
            return context.doNothing();
        }
        SignIn signIn =
                authenticator.signIn(credentials.get()[0], credentials.get()[1].toCharArray(), request.getRemoteAddr());
        if (signIn instanceof SignIn.Throttled throttled) {
            request.setAttribute(RETRY_AFTER, throttled.retryAfter().toSeconds());
            response.setHeader(
                    "Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
            return fail(response, 429);
        }
        if (!(signIn instanceof SignIn.Accepted accepted)) {
            // the web.xml error page writes the problem+json body and the Basic challenge
            return fail(response, HttpServletResponse.SC_UNAUTHORIZED);
        }
        if (accepted.mustChangePassword() && !mayCallWhilePasswordMustChange(request, path)) {
            request.setAttribute(PROBLEM, PASSWORD_CHANGE_REQUIRED);
            return fail(response, HttpServletResponse.SC_FORBIDDEN);
        }
        request.setAttribute(API_CALLER, accepted.user().username());
        return login(context, accepted.user());
    }

    private static boolean mayCallWhilePasswordMustChange(HttpServletRequest request, String path) {
        return (path.equals("/api/v1/me") && request.getMethod().equals("GET"))
                || (path.equals("/api/v1/me/password") && request.getMethod().equals("PUT"));
    }

    private static AuthenticationStatus fail(HttpServletResponse response, int status) {
        try {
            response.sendError(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
        SignIn signIn =
                authenticator.signIn(form.getCaller(), form.getPassword().getValue(), request.getRemoteAddr());
        if (signIn instanceof SignIn.Throttled throttled) {
            request.setAttribute(RETRY_AFTER, throttled.retryAfter().toSeconds());
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!(signIn instanceof SignIn.Accepted accepted)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, accepted.user().username());
        session.setAttribute(SESSION_EPOCH, accepted.sessionEpoch());
        if (request.isSecure()) {
            // the container's session cookie settings are server-wide (plain HTTP serves the demo on
            // localhost), so a session signed in over HTTPS is bound to a Secure cookie of its own:
            // its session id alone, leaked over plain HTTP, opens nothing
            String binding = newBinding();
            session.setAttribute(SESSION_BINDING, binding);
            context.getResponse()
                    .addHeader(
                            "Set-Cookie", BINDING_COOKIE + "=" + binding + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        }
        return login(context, accepted.user());
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String newBinding() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a session signed in over HTTPS comes with its Secure binding cookie (others have none to show). */
    private static boolean bindingHolds(HttpServletRequest request, HttpSession session) {
        if (!(session.getAttribute(SESSION_BINDING) instanceof String expected)) {
            return true;
        }
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie cookie : cookies) {
            if (cookie.getName().equals(BINDING_COOKIE)
                    && java.security.MessageDigest.isEqual(
                            cookie.getValue().getBytes(StandardCharsets.UTF_8),
                            expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    /** After the user changed the password on a page: this session lives on, the others end. */
    public static void sessionContinuesAtEpoch(HttpServletRequest request, long epoch) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_EPOCH, epoch);
        }
    }

    private static AuthenticationStatus login(HttpMessageContext context, AuthenticatedUser user) {
        return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), user.roleNames());
    }

    /** Whether the request carries HTTP Basic credentials at all (well formed or not). */
    public static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static Optional<String[]> basicCredentials(HttpServletRequest request) {
        if (!hasBasicCredentials(request)) {
            return Optional.empty();
        }
        Optional<String[]> decoded =
                decode(request.getHeader("Authorization").substring(6).trim());
        return Optional.of(decoded.orElse(new String[] {"", ""}));
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
            session.removeAttribute(SESSION_EPOCH);
            session.removeAttribute(SESSION_BINDING);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
