package org.migrationmptf.fund.ledger.api;

import java.time.Instant;

/** A month of the ledger: OPEN (postings allowed) or CLOSED, and who closed it when. */
public record AccountingPeriodView(
        String period, PeriodStatus status, String closedBy, Instant closedAt, long version) {}
