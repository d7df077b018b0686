package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.shared.ConflictingState;

/** The thing moved on while the request was on its way (verified meanwhile, key in use): 409. */
@Provider
public class ConflictingStateMapper implements ExceptionMapper<ConflictingState> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConflictingState conflict) {
        return Problems.response(Problem.of(
                conflict.rule(),
                "Conflict",
                409,
                conflict.getMessage() + "; nothing of your request was kept.",
                Problems.instance(uriInfo)));
    }
}
