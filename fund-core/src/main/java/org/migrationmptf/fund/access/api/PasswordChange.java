package org.migrationmptf.fund.access.api;

import java.util.OptionalLong;

/** A user changes their own password. */
public interface PasswordChange {

    /** The minimum length of a new password. */
    int MINIMUM_LENGTH = 12;

    /**
     * Replaces the password when the current one is right and the new one is acceptable.
     *
     * @param expectedVersion the account version the caller last saw (If-Match), if it sent one
     * @return the account's new version
     * @throws org.migrationmptf.fund.shared.StaleVersion if the expected version is not the stored one
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation if the current password is wrong or the
     *     new one is too weak or unchanged
     */
    long change(String username, char[] currentPassword, char[] newPassword, OptionalLong expectedVersion);

    /** The account's current version, for ETags. */
    long version(String username);
}
