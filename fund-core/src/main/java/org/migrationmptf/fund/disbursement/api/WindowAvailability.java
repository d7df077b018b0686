package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * What a fund window other than the programmatic one may still allocate, in USD: the contributions
 * earmarked to it net of the AA fee, less its approved allocations. No other money is drawn on.
 */
public record WindowAvailability(String window, BigDecimal earmarkedNet, BigDecimal allocated, BigDecimal available) {}
