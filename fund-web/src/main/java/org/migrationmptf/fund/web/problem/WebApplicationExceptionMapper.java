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

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception instanceof ForbiddenException && (security == null || security.getUserPrincipal() == null)) {
            status = 401;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String kind =
                known == null ? "http-" + status : known.name().toLowerCase().replace('_', '-');
        return Problems.response(Problem.of(kind, title, status, detail(status), Problems.instance(uriInfo)));
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read; check its syntax and parameters.";
            case 401 -> "This resource needs credentials: send HTTP Basic authentication.";
            case 403 -> "Your role does not allow this action.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource cannot answer in the media type you asked for.";
            case 415 -> "This resource does not accept that content type; send application/json.";
            default -> "The request failed with HTTP status " + status + ".";
        };
    }
}
