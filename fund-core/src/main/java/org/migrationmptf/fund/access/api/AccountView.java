package org.migrationmptf.fund.access.api;

import org.migrationmptf.fund.identity.api.Role;

/** A user account as its administrator sees it: never a password or a hash. */
public record AccountView(
        String username,
        String displayName,
        Role role,
        String contributorCode,
        String organizationCode,
        boolean enabled,
        boolean mustChangePassword,
        boolean demo,
        long version) {}
