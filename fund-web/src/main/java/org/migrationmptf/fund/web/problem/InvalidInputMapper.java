package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.shared.InvalidInput;

/** Input that cannot be taken as given (a bad CSV line, a bad query parameter): 400, one error each. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidInput invalid) {
        return Problems.response(
                Problem.of("invalid-input", "Bad Request", 400, invalid.getMessage() + ".", Problems.instance(uriInfo))
                        .withErrors(invalid.issues().stream()
                                .map(i -> new Problem.FieldViolation(i.field(), i.message()))
                                .toList()));
    }
}
