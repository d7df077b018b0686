package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/** What a PUNO reported spending on a programme in one UN budget category, every year together, in USD. */
public record CategoryExpenditure(String programme, String puno, String category, BigDecimal amount) {}
