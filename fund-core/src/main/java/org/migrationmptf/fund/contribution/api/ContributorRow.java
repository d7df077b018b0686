package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the staff's contributors page, in US dollars as of a date: what the contributor
 * committed (deposits at their own rates, plus what is not yet deposited at the month's UN
 * operational rate), deposited and the Administrative Agent fee on it (posted deposits, as on its
 * dashboard), and its arrears at the month's rate. {@code currencies} lists its agreements'
 * currencies; {@code unconverted} those without a rate for the month, whose open amounts are left
 * out of committed and arrears (the page says so).
 */
public record ContributorRow(
        String code,
        String name,
        String kind,
        String countryIso3,
        int agreements,
        BigDecimal committedUsd,
        BigDecimal depositedUsd,
        BigDecimal feeUsd,
        BigDecimal arrearsUsd,
        List<String> currencies,
        List<String> unconverted) {

    public ContributorRow {
        currencies = List.copyOf(currencies);
        unconverted = List.copyOf(unconverted);
    }
}
