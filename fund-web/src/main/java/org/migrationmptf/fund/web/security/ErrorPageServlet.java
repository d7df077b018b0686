package org.migrationmptf.fund.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migrationmptf.fund.web.problem.Problem;
import org.migrationmptf.fund.web.problem.Problems;
import org.migrationmptf.fund.web.problem.StatusProblems;

/**
 * The web.xml error page for errors raised by the container rather than the API's mappers (a 401
 * from the authentication mechanism, a 404 outside {@code /api}, an uncaught exception). API paths
 * get problem+json; pages get a plain HTML page. Neither ever shows a stack trace.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();

    @jakarta.inject.Inject
    AccessDenials denials;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String correlationId = null;
        if (status >= 500) {
            correlationId = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure on " + uri + ", correlation id " + correlationId, failure);
        }
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/api/")) {
            URI instance = Problems.instance(uri);
            Problem problem;
            if (status == 403
                    && FundAuthenticationMechanism.PASSWORD_CHANGE_REQUIRED.equals(
                            request.getAttribute(FundAuthenticationMechanism.PROBLEM))) {
                problem = Problem.of(
                        FundAuthenticationMechanism.PASSWORD_CHANGE_REQUIRED,
                        "Forbidden",
                        403,
                        "This account must replace its one-time password first: PUT /api/v1/me/password.",
                        instance);
            } else {
                if (status == 403
                        && (request.getUserPrincipal() == null
                                || !FundAuthenticationMechanism.hasBasicCredentials(request))) {
                    // a role check failed for a caller that sent no API credentials (perhaps only a page
                    // session's cookie, which never opens the API): ask for them, and blame nobody
                    status = 401;
                    response.setStatus(status);
                }
                if (status == 403 && denials != null) {
                    denials.record(request.getUserPrincipal().getName(), request.getMethod(), path);
                }
                problem = StatusProblems.of(status, instance).withCorrelationId(correlationId);
            }
            if (status == 401) {
                response.setHeader("WWW-Authenticate", Problems.BASIC_CHALLENGE);
            }
            if (status == 429 && request.getAttribute(FundAuthenticationMechanism.RETRY_AFTER) instanceof Long wait) {
                response.setHeader("Retry-After", Long.toString(wait));
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setHeader(Problem.CONTENT_LANGUAGE, Problem.LANGUAGE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSONB.toJson(problem));
            return;
        }
        if (status == 403 && request.getUserPrincipal() != null && denials != null) {
            // a signed-in user opened (or sent a form to) a page its role may not: on the trail too
            denials.record(request.getUserPrincipal().getName(), request.getMethod(), path);
        }
        // pages: the error page in the site's layout and language, with the menu of the user's role
        request.setAttribute(org.migrationmptf.fund.web.pages.ErrorPage.STATUS, status);
        request.setAttribute(org.migrationmptf.fund.web.pages.ErrorPage.REFERENCE, correlationId);
        try {
            response.setContentType("text/html;charset=UTF-8");
            request.getRequestDispatcher("/problem.xhtml").forward(new AsPlainGet(request), response);
        } catch (RuntimeException | ServletException | IOException e) {
            LOG.log(Level.WARNING, "the error page itself failed; answering plain HTML", e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(status);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter()
                        .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                                + StatusProblems.title(status)
                                + " – Migration MPTF</title></head><body><h1>" + StatusProblems.title(status)
                                + "</h1><p>" + StatusProblems.detail(status)
                                + (correlationId == null ? "" : " Reference: " + correlationId)
                                + "</p><p><a href=\"" + request.getContextPath() + "/\">Back to the start page</a></p>"
                                + "</body></html>");
            }
        }
    }

    /**
     * The failed request as the error page sees it: a GET without the form's parameters, so a form
     * that was refused is never taken for a postback of the error page.
     */
    static final class AsPlainGet extends jakarta.servlet.http.HttpServletRequestWrapper {

        AsPlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
