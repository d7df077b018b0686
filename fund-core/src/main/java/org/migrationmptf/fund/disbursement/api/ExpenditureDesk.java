package org.migrationmptf.fund.disbursement.api;

import java.util.List;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Where a PUNO's reporter reports its organization's expenditure per programme, year and UN budget
 * category (PUNO_REPORTER, for its own organization only). A report states whole years: each year it
 * names replaces what earlier reports said of that year. All lines are accepted or none.
 */
public interface ExpenditureDesk {

    /**
     * @throws org.migrationmptf.fund.shared.InvalidInput every bad line at once, named by its source
     * @throws org.migrationmptf.fund.shared.NotFound a programme the reporter's organization is not in
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code programme-not-approved}, {@code
     *     isc-above-ceiling}
     */
    ExpenditureReportView submit(
            String programme, ExpenditureKind kind, List<ExpenditureLine> lines, AuthenticatedUser reporter);
}
