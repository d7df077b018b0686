package org.migrationmptf.fund.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that depend on the request: HSTS when the request came over HTTPS; {@code Cache-Control:
 * no-store} on every authenticated answer and on every API answer (financial data never lands in a
 * shared or browser cache); a closed Content-Security-Policy on the API. Page policies come from
 * PrimeFaces (it adds the script nonce); server-wide headers (nosniff, frame options, referrer
 * policy) come from server.xml.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        boolean api = path.startsWith("/api/");
        if (api) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        boolean staticResource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        if (api || (request.getUserPrincipal() != null && !staticResource)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
    }

    /**
     * Over HTTPS every cookie the application sets, the session cookie among them, is {@code Secure}:
     * a browser then never sends it over plain HTTP. (Over plain HTTP, as in the demo on localhost, it
     * cannot be.)
     */
    static final class SecureCookies extends jakarta.servlet.http.HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            if (value != null
                    && "Set-Cookie".equalsIgnoreCase(name)
                    && !value.toLowerCase(java.util.Locale.ROOT).contains("secure")) {
                return value + "; Secure";
            }
            return value;
        }
    }
}
