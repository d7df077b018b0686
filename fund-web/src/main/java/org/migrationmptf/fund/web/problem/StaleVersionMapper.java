package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.shared.StaleVersion;

/** The caller's If-Match names an older version than the stored one: 412, with the current ETag. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersion> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(StaleVersion stale) {
        Response problem = Problems.response(Problem.of(
                stale.rule(), "Precondition Failed", 412, stale.getMessage() + ".", Problems.instance(uriInfo)));
        return Response.fromResponse(problem)
                .header("ETag", "\"" + stale.actual() + "\"")
                .build();
    }
}
