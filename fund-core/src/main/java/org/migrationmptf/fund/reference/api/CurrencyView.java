package org.migrationmptf.fund.reference.api;

/** An ISO 4217 currency the fund accepts, with its number of minor units. */
public record CurrencyView(String code, String name, int minorUnits) {}
