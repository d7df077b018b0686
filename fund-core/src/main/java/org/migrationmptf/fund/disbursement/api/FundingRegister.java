package org.migrationmptf.fund.disbursement.api;

import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** What a programme received and spent, per PUNO, read from maintained balances. */
public interface FundingRegister {

    /**
     * The programme's funding: three statements (allocations grouped by PUNO and status, the
     * programme's ledger positions, the programme), whatever its history.
     *
     * @throws org.migrationmptf.fund.shared.NotFound if there is none the viewer may read
     */
    ProgrammeFunding ofProgramme(String code, AuthenticatedUser viewer);

    /**
     * The published programmes charged to the thematic areas this contributor earmarked money to (its
     * ledger positions say which), with their final figures, by code: five statements and a count,
     * whatever the page's size. For the contributor's own users and the fund's staff.
     *
     * @throws org.migrationmptf.fund.shared.NotFound if the viewer may not see the contributor
     */
    org.migrationmptf.fund.shared.Page<DonorProgramme> fundedBy(
            String contributorCode, org.migrationmptf.fund.shared.PageRequest page, AuthenticatedUser viewer);

    /** The thematic areas a contributor earmarked money to, from its ledger positions (one statement). */
    java.util.Set<String> earmarkedAreas(String contributorCode);

    /** What one PUNO received and reported spent, per programme code: two statements in all. */
    java.util.Map<String, PunoFunding> ofPuno(String puno, AuthenticatedUser viewer);
}
