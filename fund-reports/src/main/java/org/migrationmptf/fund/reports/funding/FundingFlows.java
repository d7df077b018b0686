package org.migrationmptf.fund.reports.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fund's cumulative flows as of a date, in USD, as the ledger and the expenditure register state
 * them: what the Gateway's Funding Status table is computed from. Every amount is positive (a refund
 * is money back, not a negative transfer).
 */
public record FundingFlows(
        BigDecimal contributions,
        BigDecimal fundInterest,
        BigDecimal punoInterest,
        BigDecimal transfersToPunos,
        BigDecimal transfersToMdtfs,
        BigDecimal refundsFromPunos,
        BigDecimal administrativeAgentFee,
        BigDecimal directCosts,
        BigDecimal bankCharges,
        BigDecimal punoExpenditure) {

    public FundingFlows {
        for (BigDecimal amount : new BigDecimal[] {
            contributions,
            fundInterest,
            punoInterest,
            transfersToPunos,
            transfersToMdtfs,
            refundsFromPunos,
            administrativeAgentFee,
            directCosts,
            bankCharges,
            punoExpenditure
        }) {
            Objects.requireNonNull(amount, "a funding flow");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("funding flows are stated as positive amounts, not " + amount);
            }
        }
    }
}
