package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;

/**
 * The maintained movements of one account for one combination of dimensions (an empty string where a
 * dimension does not apply), in US dollars, up to now.
 */
public record LedgerPosition(
        String account,
        String contributor,
        String earmark,
        String programme,
        String puno,
        String thematicArea,
        String window,
        BigDecimal debits,
        BigDecimal credits) {

    /** Debits less credits: positive for an asset or expense, negative for revenue. */
    public BigDecimal debitBalance() {
        return debits.subtract(credits);
    }

    /** Credits less debits: positive for revenue. */
    public BigDecimal creditBalance() {
        return credits.subtract(debits);
    }
}
