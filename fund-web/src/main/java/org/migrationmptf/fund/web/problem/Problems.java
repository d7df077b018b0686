package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Builds problem+json responses; every mapper goes through here so the contract is one. */
public final class Problems {

    /** The challenge a 401 carries, from the API's mappers and from the container's error page alike. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"Migration MPTF\", charset=\"UTF-8\"";

    private Problems() {}

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(Problem.CONTENT_LANGUAGE, Problem.LANGUAGE)
                .header("Cache-Control", "no-store")
                .entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", BASIC_CHALLENGE);
        }
        return builder.build();
    }

    public static URI instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return instance(uriInfo.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null; // a path JAX-RS itself could not parse: the problem goes without an instance
        }
    }

    /**
     * The request's path as a problem's {@code instance}, whatever it holds: characters a URI may not
     * contain (a {@code |}, a space) are percent-encoded rather than failing the error answer itself.
     */
    public static URI instance(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(rawPath.length());
        for (byte b : rawPath.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~/%:@!$&'()*+,;=".indexOf(c) >= 0;
            if (allowed) {
                safe.append((char) c);
            } else {
                safe.append('%').append(String.format("%02X", c));
            }
        }
        try {
            return URI.create(safe.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
