package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;

/**
 * A contributor's position in one currency: committed (with amendments), deposited (posted),
 * pending verification, still to pay, and in arrears (instalments due and unpaid) as of a date.
 */
public record CurrencyPosition(
        String currency,
        BigDecimal committed,
        BigDecimal deposited,
        BigDecimal pending,
        BigDecimal outstanding,
        BigDecimal arrears) {}
