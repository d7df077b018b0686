package org.migrationmptf.fund.programme.api;

import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The joint programmes: the fund's staff read all of them, a PUNO reporter those its organization
 * takes part in.
 */
public interface ProgrammeRegister {

    /** Staff who read every programme. */
    Set<Role> STAFF = Set.of(Role.FUND_OFFICER, Role.FUND_APPROVER, Role.AA_FINANCE, Role.AUDITOR);

    /** Sort keys of {@link #programmes}: {@code code} (default), {@code title}, {@code status}, {@code startsOn}. */
    Set<String> SORTS = Set.of("code", "title", "status", "startsOn");

    Page<ProgrammeView> programmes(Optional<ProgrammeStatus> status, PageRequest page, AuthenticatedUser viewer);

    /** @throws org.migrationmptf.fund.shared.NotFound if there is none the viewer may read */
    ProgrammeView programme(String code, AuthenticatedUser viewer);

    /** The programme as the other domains check against it (no viewer: it is not shown to anyone). */
    Optional<ProgrammeView> find(String code);

    /**
     * The published programmes (approved by the Steering Committee, never those still in the pipeline)
     * charged to one of these thematic areas, by code; for the caller to show within its own rules
     * (no viewer: a donor's areas are decided by the caller).
     */
    Page<ProgrammeView> publishedIn(Set<String> areas, PageRequest page);

    /** How many programmes are in each status (the pipeline board's columns). */
    java.util.Map<ProgrammeStatus, Long> countsByStatus(AuthenticatedUser viewer);
}
