package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * One PUNO's money in one programme, in USD: its budget, what is allocated (approved) and awaiting
 * approval, what was transferred and refunded (from the ledger's positions), net funded, reported
 * expenditure and the delivery rate (expenditure / net funded, a fraction at scale 4; null while
 * nothing is net funded), flagged when above 100 %; and whether its final certified report is in.
 */
public record PunoFunding(
        String puno,
        BigDecimal budget,
        BigDecimal allocated,
        BigDecimal awaitingApproval,
        BigDecimal transferred,
        BigDecimal refunded,
        BigDecimal netFunded,
        BigDecimal expenditure,
        BigDecimal deliveryRate,
        boolean overspent,
        boolean finalReport) {}
