/**
 * Four eyes, once for every maker-checker action of the fund (design.md invariant 9, quality bar
 * R6): a maker prepares something (a deposit to post, a period to close, later an allocation, a
 * transfer instruction, a refund, a direct cost, a report to certify) and it waits as a pending
 * {@link org.migrationmptf.fund.approval.domain.Approval} until a different user whose role holds the
 * checker's permission approves exactly what was prepared, at the version it was prepared at, or
 * rejects it with a reason. A subject has at most one pending approval per action; every decision is
 * on the audit trail. The domain that owns the subject carries the decision out through its
 * {@link org.migrationmptf.fund.approval.api.ApprovalHandler}.
 */
package org.migrationmptf.fund.approval;
