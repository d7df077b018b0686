package org.migrationmptf.fund.disbursement.api;

/** Where a transfer instruction is; keep in step with {@code ck_transfer_instruction_status}. */
public enum TransferStatus {
    /** Prepared by the secretariat, awaiting a fund approver. */
    PENDING,
    /** Approved: the Administrative Agent may execute it. */
    APPROVED,
    /** Executed: the transfer is posted to the ledger. */
    EXECUTED,
    /** Rejected with a reason: never transferred. */
    REJECTED
}
