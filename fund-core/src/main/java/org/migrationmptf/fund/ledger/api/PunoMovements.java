package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;

/** One PUNO's debits and credits on one account up to a date, in USD (for 1200: transferred, refunded). */
public record PunoMovements(String puno, BigDecimal debit, BigDecimal credit) {}
