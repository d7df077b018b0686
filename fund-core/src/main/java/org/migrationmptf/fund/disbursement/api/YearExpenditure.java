package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/** What a PUNO reported spending on a programme in a year, in USD, every budget category together. */
public record YearExpenditure(String programme, String puno, int year, BigDecimal amount) {}
