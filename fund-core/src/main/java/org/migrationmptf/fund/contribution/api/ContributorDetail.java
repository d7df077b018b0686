package org.migrationmptf.fund.contribution.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A contributor's public summary and, for its own users and the fund's staff, its position per
 * currency as of a date (commitments, deposits, arrears). For anyone else {@code positions} is empty.
 */
public record ContributorDetail(ContributorSummary summary, LocalDate asOf, List<CurrencyPosition> positions) {}
