package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fund's position from the ledger at the end of a date, in US dollars: sources (contributions,
 * interest earned by the fund and passed back by PUNOs), uses (Administrative Agent fees, bank
 * charges, direct costs, transfers to Participating Organizations net of their refunds) and the cash
 * left with the Administrative Agent (sources - uses). A fund-level figure: the ledger states it, so
 * that no domain reads it from another.
 */
public record FundPosition(
        LocalDate asOf,
        BigDecimal contributions,
        BigDecimal interest,
        BigDecimal aaFees,
        BigDecimal bankCharges,
        BigDecimal directCosts,
        BigDecimal transfers,
        BigDecimal cashWithAdministrativeAgent) {}
