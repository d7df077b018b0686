package org.migrationmptf.fund.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON it claims to be: 400, with the parser's reason. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.response(Problem.of(
                "unreadable-body",
                "Bad Request",
                400,
                "The request body is not valid JSON for this resource; nothing was changed.",
                Problems.instance(uriInfo)));
    }
}
