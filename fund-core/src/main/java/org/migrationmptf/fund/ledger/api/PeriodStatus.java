package org.migrationmptf.fund.ledger.api;

/** A month of the ledger: OPEN for postings, or CLOSED for good. Keep in step with {@code ck_accounting_period_status}. */
public enum PeriodStatus {
    OPEN,
    CLOSED
}
