package org.migrationmptf.fund.web.problem;

import java.net.URI;

/**
 * The problem for a bare HTTP status, whether JAX-RS or the servlet container raised it: one set of
 * titles and explanations for the whole application.
 */
public final class StatusProblems {

    private StatusProblems() {}

    public static Problem of(int status, URI instance) {
        return Problem.of(kind(status), title(status), status, detail(status), instance);
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "HTTP " + status;
        };
    }

    public static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read; check its syntax and parameters. Nothing was changed.";
            case 401 -> "This needs credentials: sign in, or send HTTP Basic authentication.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not support that HTTP method.";
            case 406 -> "This resource cannot answer in the media type you asked for.";
            case 413 -> "The request is larger than this resource accepts; nothing was changed.";
            case 415 -> "This resource does not accept that content type; send application/json.";
            case 429 -> "Too many failed sign-ins for this account or from this address; wait and try again.";
            default ->
                status >= 500
                        ? "Something failed on our side. If you were changing something, check whether it took"
                                + " effect before you try again (a retry with the same Idempotency-Key is always safe)."
                        : "The request failed with HTTP status " + status + ".";
        };
    }

    private static String kind(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-sign-ins";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }
}
