package org.migrationmptf.fund.access.api;

import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** A user changes their own password. */
public interface PasswordChange {

    /** The minimum length of a new password. */
    int MINIMUM_LENGTH = 12;

    /** How many earlier passwords may not be chosen again. */
    int REMEMBERED = 5;

    /**
     * Replaces the caller's password when the current one is right and the new one is acceptable (12
     * to 128 characters, not a common password, not one of the last five). Every other session of the
     * user ends.
     *
     * @param expectedVersion the account version the caller last saw (If-Match), if it sent one
     * @return the account's new version and session epoch
     * @throws org.migrationmptf.fund.shared.StaleVersion if the expected version is not the stored one
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation if the current password is wrong or the
     *     new one is too weak, common, recent or unchanged
     */
    Changed change(AuthenticatedUser user, char[] currentPassword, char[] newPassword, OptionalLong expectedVersion);

    /** The account's current version, for ETags. */
    long version(String username);

    /** The account after a change: its version (ETag) and its new session epoch. */
    record Changed(long version, long sessionEpoch) {}
}
