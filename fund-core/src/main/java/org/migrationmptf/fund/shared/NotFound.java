package org.migrationmptf.fund.shared;

/**
 * The thing asked for does not exist, or the caller may not know that it exists (a contributor's user
 * asking for another contributor's agreement gets this too, so existence does not leak). The API
 * answers 404.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("there is no " + what);
    }
}
