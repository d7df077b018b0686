package org.migrationmptf.fund.contribution.api;

import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Where Administrative Agent finance registers contributors and keeps their published names. */
public interface ContributorDesk {

    /**
     * Registers a contributor.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code duplicate-contributor}
     */
    ContributorSummary register(NewContributor contributor, AuthenticatedUser by);

    /**
     * Renames a contributor (its code never changes).
     *
     * @param expectedVersion the contributor's version the caller saw (If-Match), if sent
     */
    ContributorSummary rename(String code, String name, OptionalLong expectedVersion, AuthenticatedUser by);
}
