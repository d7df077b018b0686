package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.shared.NotFound;

/**
 * 404 for something that does not exist or that the caller may not know exists; the body is the
 * same in both cases so existence does not leak.
 */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(NotFound notFound) {
        return Problems.response(StatusProblems.of(404, Problems.instance(uriInfo)));
    }
}
