package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Direct costs the Steering Committee approved: the secretariat prepares one citing a DIRECT_COST
 * decision (FUND_OFFICER), a different fund approver decides it through the approval mechanism, and
 * on approval it posts out of the fund's unearmarked money.
 */
public interface DirectCostDesk {

    /**
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code unknown-decision}, {@code
     *     decision-not-a-direct-cost}, {@code insufficient-available}
     */
    DirectCostView prepare(
            String decision, String description, BigDecimal amount, LocalDate valueDate, AuthenticatedUser maker);
}
