package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.identity.api.NotPermitted;

/**
 * The domain refused the action for the caller's role (the application service's check, behind the
 * REST annotation): 403, and the domain has already put the attempt on the audit trail.
 */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermitted> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(NotPermitted refusal) {
        return Problems.response(Problem.of(
                refusal.rule(),
                "Forbidden",
                403,
                Character.toUpperCase(refusal.getMessage().charAt(0))
                        + refusal.getMessage().substring(1) + "; nothing was changed.",
                Problems.instance(uriInfo)));
    }
}
