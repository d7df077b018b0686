package org.migrationmptf.fund.approval.api;

import java.util.OptionalLong;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/** Where a checker decides any pending approval (the inbox's buttons and {@code /api/v1/approvals}). */
public interface ApprovalDesk {

    /**
     * Approves what was prepared: the owning domain carries it out in the same transaction.
     *
     * @param expectedVersion the approval's version the checker read (If-Match), if sent
     */
    ApprovalView approve(long approvalId, OptionalLong expectedVersion, AuthenticatedUser checker);

    /** Rejects it with a reason: what was prepared is never done. */
    ApprovalView reject(long approvalId, String reason, OptionalLong expectedVersion, AuthenticatedUser checker);
}
