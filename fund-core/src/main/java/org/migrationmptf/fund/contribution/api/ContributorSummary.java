package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;

/**
 * A contributor with its public fund-level totals in US dollars: what it has deposited (posted
 * deposits), the Administrative Agent fee on them, and the net contributed.
 */
public record ContributorSummary(
        String code,
        String name,
        String kind,
        String countryIso3,
        int agreements,
        BigDecimal depositedUsd,
        BigDecimal feeUsd,
        BigDecimal netUsd) {}
