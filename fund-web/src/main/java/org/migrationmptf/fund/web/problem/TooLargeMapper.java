package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.migrationmptf.fund.shared.TooLarge;

/** A body or a list larger than allowed: 413, naming what is too large. */
@Provider
public class TooLargeMapper implements ExceptionMapper<TooLarge> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TooLarge tooLarge) {
        return Problems.response(Problem.of(
                        "too-large",
                        "Content Too Large",
                        413,
                        Character.toUpperCase(tooLarge.getMessage().charAt(0))
                                + tooLarge.getMessage().substring(1) + "; nothing was changed.",
                        Problems.instance(uriInfo))
                .withErrors(List.of(new Problem.FieldViolation(tooLarge.field(), tooLarge.getMessage()))));
    }
}
