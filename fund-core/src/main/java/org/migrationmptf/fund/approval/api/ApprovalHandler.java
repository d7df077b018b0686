package org.migrationmptf.fund.approval.api;

import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Implemented by the domain that owns an action's subject (one CDI bean per {@link FourEyesAction}):
 * it carries out a decision the approval mechanism has already checked (pending, four eyes, the
 * checker's role, the approval's version). It runs in the checker's transaction and must refuse,
 * with {@link org.migrationmptf.fund.shared.ConflictingState} {@code approval-outdated}, a subject
 * that is no longer at the version (or in the state) the maker prepared.
 */
public interface ApprovalHandler {

    FourEyesAction action();

    /** Does what was prepared, and describes it on the decision's audit event. */
    void approved(ApprovalView approval, AuthenticatedUser checker, AuditedEvent event);

    /** Undoes the preparation's effects, if it had any (a rejected deposit frees its room). */
    void rejected(ApprovalView approval, String reason, AuthenticatedUser checker, AuditedEvent event);
}
