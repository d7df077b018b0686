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

    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("property '([A-Za-z0-9_]+)'");

    @Override
    public Response toResponse(JsonbException exception) {
        Problem problem = Problem.of(
                "unreadable-body",
                "Bad Request",
                400,
                "The request body is not valid JSON for this resource; nothing was changed.",
                Problems.instance(uriInfo));
        String field = propertyIn(exception);
        if (field != null) {
            problem = problem.withErrors(java.util.List.of(new Problem.FieldViolation(
                    field, "cannot be read as this property's type (a date is YYYY-MM-DD, an amount a JSON number)")));
        }
        return Problems.response(problem);
    }

    /** The property JSON-B names in its message ("Unable to deserialize property 'receivedOn' ..."), if any. */
    static String propertyIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
