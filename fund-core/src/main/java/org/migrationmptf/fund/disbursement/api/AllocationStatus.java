package org.migrationmptf.fund.disbursement.api;

/** Where an allocation is; keep in step with {@code ck_allocation_status}. */
public enum AllocationStatus {
    /** Prepared, awaiting a fund approver: binds nothing yet. */
    PENDING,
    /** Approved: the amount is no longer available to its thematic area. */
    APPROVED,
    /** Rejected with a reason: never binds anything. */
    REJECTED
}
