package org.migrationmptf.fund.contribution.api;

import java.util.List;

/** The outcome of a rate import: rates added, and rates already present with the same value. */
public record RateImport(int added, int unchanged, List<ExchangeRateView> rates) {}
