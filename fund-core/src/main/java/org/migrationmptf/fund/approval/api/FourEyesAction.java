package org.migrationmptf.fund.approval.api;

import org.migrationmptf.fund.identity.api.Permission;

/**
 * The actions that need a second person: who prepares them, who may approve or reject them, and the
 * kind of subject they concern. Keep in step with {@code ck_approval_action}.
 */
public enum FourEyesAction {
    /** A recorded deposit is posted to the ledger (with its fee) when a second finance user verifies it. */
    DEPOSIT_POSTING("Deposit", Permission.RECORD_DEPOSIT, Permission.VERIFY_DEPOSIT, Permission.REJECT_DEPOSIT),
    /** A month of the ledger is closed for good when a second finance user approves it. */
    PERIOD_CLOSE(
            "AccountingPeriod",
            Permission.PREPARE_PERIOD_CLOSE,
            Permission.APPROVE_PERIOD_CLOSE,
            Permission.REJECT_PERIOD_CLOSE),
    /** An allocation to a programme and PUNO binds money of a thematic area when a fund approver approves it. */
    ALLOCATION(
            "Allocation", Permission.PREPARE_ALLOCATION, Permission.APPROVE_ALLOCATION, Permission.REJECT_ALLOCATION),
    /** A transfer instruction may be executed by the Administrative Agent once a fund approver approves it. */
    TRANSFER_INSTRUCTION(
            "TransferInstruction",
            Permission.PREPARE_TRANSFER_INSTRUCTION,
            Permission.APPROVE_TRANSFER_INSTRUCTION,
            Permission.REJECT_TRANSFER_INSTRUCTION),
    /** A direct cost posts (out of the fund's unearmarked money) when a fund approver approves it. */
    DIRECT_COST(
            "DirectCost",
            Permission.PREPARE_DIRECT_COST,
            Permission.APPROVE_DIRECT_COST,
            Permission.REJECT_DIRECT_COST);

    private final String subjectType;
    private final Permission prepare;
    private final Permission approve;
    private final Permission reject;

    FourEyesAction(String subjectType, Permission prepare, Permission approve, Permission reject) {
        this.subjectType = subjectType;
        this.prepare = prepare;
        this.approve = approve;
        this.reject = reject;
    }

    public String subjectType() {
        return subjectType;
    }

    /** The maker's permission. */
    public Permission prepare() {
        return prepare;
    }

    /** The checker's permission to approve. */
    public Permission approve() {
        return approve;
    }

    /** The checker's permission to reject. */
    public Permission reject() {
        return reject;
    }
}
