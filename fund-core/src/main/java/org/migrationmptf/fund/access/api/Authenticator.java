package org.migrationmptf.fund.access.api;

import java.util.Optional;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Verifies a user's password and tells who the user is. */
public interface Authenticator {

    /** The longest password accepted: longer ones are refused before any hashing. */
    int MAX_PASSWORD_LENGTH = 128;

    /**
     * Checks a sign-in from {@code clientAddress}. Failures are counted per account and per address;
     * past a threshold further attempts wait a growing delay (capped at minutes, so nobody locks a
     * user out for long), and the first throttled attempt is on the audit trail.
     */
    SignIn signIn(String username, char[] password, String clientAddress);

    /** The user as stored now, for a session that was authenticated earlier; empty if disabled. */
    Optional<AuthenticatedUser> currentUser(String username);

    /** The account's session epoch and whether it must change its password, if it is enabled. */
    Optional<SignIn.Accepted> session(String username);
}
