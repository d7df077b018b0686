package org.migrationmptf.fund.web.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: the only shape of an error answer of the API. {@code errors} lists
 * field violations (400); {@code correlationId} ties a 500 to the server log without exposing a stack
 * trace.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "correlationId", "errors"})
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        String correlationId,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problems are written in English whatever the caller's language, and say so. */
    public static final String CONTENT_LANGUAGE = "Content-Language";

    public static final String LANGUAGE = "en";
    static final String TYPE_BASE = "https://migrationmptf.example/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of the given kind; its type URI is {@code .../problems/<kind>}. */
    public static Problem of(String kind, String title, int status, String detail, URI instance) {
        return new Problem(URI.create(TYPE_BASE + kind), title, status, detail, instance, null, List.of());
    }

    public Problem withErrors(List<FieldViolation> violations) {
        return new Problem(type, title, status, detail, instance, correlationId, violations);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, id, errors);
    }

    /** One invalid field: where, and what is wrong with it. */
    @JsonbNillable(false)
    public record FieldViolation(String field, String message) {}
}
