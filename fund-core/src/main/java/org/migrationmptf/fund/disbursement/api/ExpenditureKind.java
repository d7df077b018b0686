package org.migrationmptf.fund.disbursement.api;

/** What an expenditure report is; keep in step with {@code ck_expenditure_report_kind}. */
public enum ExpenditureKind {
    INTERIM,
    ANNUAL,
    /** The PUNO's final certified report: financial closure needs it. */
    FINAL
}
