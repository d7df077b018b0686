package org.migrationmptf.fund.access.api;

import java.util.Optional;

/** Verifies a user's password and tells who the user is. */
public interface Authenticator {

    /**
     * The user, if the account exists, is enabled and the password matches; empty otherwise (the
     * caller cannot tell which, so existence of an account does not leak).
     */
    Optional<AuthenticatedUser> authenticate(String username, char[] password);

    /** The user as stored now, for a session that was authenticated earlier. */
    Optional<AuthenticatedUser> currentUser(String username);
}
