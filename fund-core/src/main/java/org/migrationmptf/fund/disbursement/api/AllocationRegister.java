package org.migrationmptf.fund.disbursement.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** The allocations and what each thematic area may still allocate; read by the fund's staff. */
public interface AllocationRegister {

    Set<Role> READERS = Set.of(Role.FUND_OFFICER, Role.FUND_APPROVER, Role.AA_FINANCE, Role.AUDITOR);

    /** Sort keys of {@link #allocations}: {@code id} (default, newest first), {@code amount}, {@code programme}. */
    Set<String> SORTS = Set.of("id", "amount", "programme");

    Page<AllocationView> allocations(
            Optional<String> programme, Optional<AllocationStatus> status, PageRequest page, AuthenticatedUser viewer);

    AllocationView allocation(long id, AuthenticatedUser viewer);

    /**
     * Approved allocations up to the end of {@code asOf} per programme and thematic area, in USD, one
     * statement: public figures (the transparency page's programmes by area and region).
     */
    List<ProgrammeAllocation> approvedByProgramme(java.time.LocalDate asOf);

    /**
     * Every approved allocation to date summed per programme, PUNO, thematic area and window, in USD,
     * ordered so, in one statement: public figures (the money trail's allocation steps).
     */
    List<GrantAllocation> approvedByGrant();

    /**
     * What was allocated to each PUNO by allocations approved up to the end of {@code asOf}, in USD, in
     * one statement: the annual report's "approved" column. Staff only (others get nothing).
     */
    java.util.Map<String, java.math.BigDecimal> approvedByPuno(java.time.LocalDate asOf, AuthenticatedUser viewer);

    /** What each thematic area in force may still allocate, TA1..TA5: two statements in all. */
    List<Availability> availability(AuthenticatedUser viewer);

    /** What each fund window other than the programmatic one may still allocate, from its own money. */
    List<WindowAvailability> windowAvailability(AuthenticatedUser viewer);

    /** @throws org.migrationmptf.fund.shared.NotFound for an unknown area */
    Availability availability(String thematicArea, AuthenticatedUser viewer);
}
