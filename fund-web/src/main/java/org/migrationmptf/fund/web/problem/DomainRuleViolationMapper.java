package org.migrationmptf.fund.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/** A rule of the fund refused the request: 422, the rule's name as the problem type. */
@Provider
public class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(DomainRuleViolation violation) {
        return Problems.response(Problem.of(
                violation.rule(),
                "Unprocessable Content",
                422,
                capitalised(violation.getMessage()) + "; nothing was changed.",
                Problems.instance(uriInfo)));
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
