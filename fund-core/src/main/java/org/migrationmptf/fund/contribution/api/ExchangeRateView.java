package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;

/** A UN operational rate of exchange: units of {@code currency} for one US dollar during {@code month}. */
public record ExchangeRateView(String currency, String month, BigDecimal unitsPerUsd) {}
