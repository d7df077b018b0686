package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every account's debits, credits and balance (debit-positive) from the start of the fund to the end
 * of {@code asOf}; the totals of both columns are equal when the ledger balances, so {@link
 * #difference()} is zero.
 */
public record TrialBalance(
        LocalDate asOf, List<Row> rows, BigDecimal totalDebit, BigDecimal totalCredit, BigDecimal difference) {

    /** One account's line of the trial balance. */
    public record Row(
            String account, String name, String kind, BigDecimal debit, BigDecimal credit, BigDecimal balance) {}
}
