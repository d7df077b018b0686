package org.migrationmptf.fund.access.api;

import java.time.Duration;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** The outcome of a sign-in attempt: who, or refused, or too many failures lately. */
public sealed interface SignIn {

    /** The password matched an enabled account. */
    record Accepted(AuthenticatedUser user, long sessionEpoch, boolean mustChangePassword) implements SignIn {}

    /** Wrong user name or password, or a disabled account (the caller cannot tell which). */
    record Refused() implements SignIn {}

    /**
     * Too many failed sign-ins for this account or from this address: no password was checked; try
     * again after {@code retryAfter}.
     */
    record Throttled(Duration retryAfter) implements SignIn {}
}
