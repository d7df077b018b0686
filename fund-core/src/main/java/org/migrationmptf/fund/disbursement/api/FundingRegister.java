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

    /** What one PUNO received and reported spent, per programme code: two statements in all. */
    java.util.Map<String, PunoFunding> ofPuno(String puno, AuthenticatedUser viewer);
}
