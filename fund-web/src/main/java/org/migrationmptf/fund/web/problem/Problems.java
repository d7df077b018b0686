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
                .header("Cache-Control", "no-store")
                .entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", BASIC_CHALLENGE);
        }
        return builder.build();
    }

    public static URI instance(UriInfo uriInfo) {
        return uriInfo == null ? null : URI.create(uriInfo.getRequestUri().getRawPath());
    }
}
