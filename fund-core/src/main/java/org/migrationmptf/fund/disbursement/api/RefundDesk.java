package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Refunds of unspent balances by PUNOs, recorded by the Administrative Agent (AA_FINANCE); they post. */
public interface RefundDesk {

    /**
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code refund-above-unspent}, {@code
     *     not-a-puno-of-programme}, {@code duplicate-refund}, {@code closed-period}
     */
    RefundView record(
            String programme,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by);
}
