package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP-level failures of the API (unknown path, wrong method, unsupported media type, missing role)
 * as problem+json. A role check that fails for an anonymous caller is 401 with a challenge, not 403:
 * the caller has not said who it is yet.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @Context
    jakarta.ws.rs.core.Request request;

    @jakarta.inject.Inject
    org.migrationmptf.fund.web.security.AccessDenials denials;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null)) {
            status = 401;
        } else if (status == 403
                && denials != null
                && uriInfo != null
                && security != null
                && security.getUserPrincipal() != null) {
            denials.record(
                    security.getUserPrincipal().getName(),
                    request == null ? "?" : request.getMethod(),
                    uriInfo.getRequestUri().getRawPath());
        }
        return Problems.response(StatusProblems.of(status, Problems.instance(uriInfo)));
    }
}
