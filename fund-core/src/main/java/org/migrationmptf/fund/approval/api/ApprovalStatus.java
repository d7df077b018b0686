package org.migrationmptf.fund.approval.api;

/** Where an approval stands: waiting for a checker, or decided for good. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
