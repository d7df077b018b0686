package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything not mapped more precisely: 500 with a correlation id. The stack trace goes to the server
 * log under that id, never to the client. The answer does not claim that nothing was changed: a
 * failure can come after a commit (while the answer is written), so it tells the caller to check,
 * and that a retry with the same Idempotency-Key is safe either way.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
        return Problems.response(Problem.of(
                        "internal",
                        "Internal Server Error",
                        500,
                        StatusProblems.detail(500) + " Quote the correlation id to the fund's support.",
                        Problems.instance(uriInfo))
                .withCorrelationId(correlationId));
    }
}
