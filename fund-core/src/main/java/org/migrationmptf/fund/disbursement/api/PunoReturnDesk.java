package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Money PUNOs return, recorded by the Administrative Agent (AA_FINANCE): refunds of unspent balances
 * and the interest they earned on the fund's money. Both post.
 */
public interface PunoReturnDesk {

    /**
     * A refund: at most what the PUNO holds unspent (net funded less reported expenditure).
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code refund-above-unspent}, {@code
     *     not-a-puno-of-programme}, {@code duplicate-refund}, {@code closed-period}
     */
    PunoReturnView record(
            String programme,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by);

    /**
     * Interest the PUNO earned on the fund's money in a programme, passed back.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code not-a-puno-of-programme},
     *     {@code duplicate-refund}, {@code closed-period}
     */
    PunoReturnView recordInterest(
            String programme,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by);
}
