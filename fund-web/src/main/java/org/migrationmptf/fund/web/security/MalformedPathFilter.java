package org.migrationmptf.fund.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.migrationmptf.fund.web.problem.Problem;
import org.migrationmptf.fund.web.problem.Problems;

/**
 * An API path that is no URI at all (a {@code |}, a {@code {} sent unencoded) is answered here, as a
 * 400 problem, before JAX-RS fails on it with a 500. Paths the servlet container itself cannot decode
 * ({@code %00}, {@code %zz}) it refuses before any application code runs, with its own 400 (see the
 * README's API notes).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class MalformedPathFilter extends HttpFilter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI();
        try {
            new URI(raw);
        } catch (URISyntaxException e) {
            response.setStatus(400);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setHeader(Problem.CONTENT_LANGUAGE, Problem.LANGUAGE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(JSONB.toJson(Problem.of(
                            "malformed-path",
                            "Bad Request",
                            400,
                            "The request's path holds characters a URI may not contain unencoded; percent-encode them.",
                            Problems.instance(raw))));
            return;
        }
        chain.doFilter(request, response);
    }
}
