package org.migrationmptf.fund.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with one entry per invalid field. */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldViolation> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
        Problem problem = Problem.of(
                        "validation",
                        "Invalid request",
                        400,
                        errors.size() + " field(s) are invalid; nothing was changed.",
                        Problems.instance(uriInfo))
                .withErrors(errors);
        return Problems.response(problem);
    }

    /** The last path node ("amount"), not the method-parameter path ("record.arg0.amount"). */
    private static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }
}
