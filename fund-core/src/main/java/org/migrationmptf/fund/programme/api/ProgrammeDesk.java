package org.migrationmptf.fund.programme.api;

import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Where the secretariat registers joint programmes and moves them through their life. */
public interface ProgrammeDesk {

    /**
     * Registers a programme in the pipeline (FUND_OFFICER).
     *
     * @throws org.migrationmptf.fund.shared.InvalidInput every missing or malformed field at once
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code duplicate-programme}, {@code
     *     isc-above-ceiling}; from a concept note, {@code concept-note-not-shortlisted} or {@code
     *     concept-note-programmed}
     */
    ProgrammeView register(NewProgramme programme, AuthenticatedUser by);

    /**
     * Moves a programme along its status graph (FUND_OFFICER); approval cites a Steering Committee
     * decision to approve programmes, financial closure needs every PUNO's final report and refund.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code illegal-status-change}, {@code
     *     decision-required}, {@code final-report-missing}
     * @throws org.migrationmptf.fund.shared.StaleVersion if {@code expectedVersion} is not the programme's
     */
    ProgrammeView changeStatus(
            String code,
            ProgrammeStatus target,
            String decisionNumber,
            OptionalLong expectedVersion,
            AuthenticatedUser by);

    /**
     * A no-cost extension (FUND_OFFICER): the end date moves later, citing a NO_COST_EXTENSION decision.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code decision-required}, {@code
     *     not-extendable}, {@code extension-not-later}
     * @throws org.migrationmptf.fund.shared.StaleVersion if {@code expectedVersion} is not the programme's
     */
    ProgrammeView extend(
            String code,
            java.time.LocalDate endsOn,
            String decisionNumber,
            OptionalLong expectedVersion,
            AuthenticatedUser by);
}
