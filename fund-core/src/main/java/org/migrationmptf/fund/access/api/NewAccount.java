package org.migrationmptf.fund.access.api;

import org.migrationmptf.fund.identity.api.Role;

/**
 * An account to create: user name, the name shown, its one role, and for a CONTRIBUTOR the
 * contributor (for a PUNO_REPORTER the Participating UN Organization) it acts for.
 */
public record NewAccount(String username, String displayName, Role role, String actsFor) {}
