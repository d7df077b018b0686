package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fund's position from the ledger at the end of a date, in US dollars: sources (contributions,
 * interest), uses (Administrative Agent fees, bank charges, transfers to Participating
 * Organizations) and the cash left with the Administrative Agent (sources - uses).
 */
public record FundPosition(
        LocalDate asOf,
        BigDecimal contributions,
        BigDecimal interest,
        BigDecimal aaFees,
        BigDecimal bankCharges,
        BigDecimal transfers,
        BigDecimal cashWithAdministrativeAgent) {}
