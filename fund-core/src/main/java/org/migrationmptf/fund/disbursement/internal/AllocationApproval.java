package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.migrationmptf.fund.approval.api.ApprovalHandler;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.disbursement.domain.Allocation;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.LedgerPositions;

/**
 * Carries out a fund approver's decision on an allocation. Approved: under the ledger's posting lock
 * (so two approvals racing for the last dollars are decided one after the other), what the area may
 * still allocate is read again and the allocation binds it, or is refused ({@code
 * insufficient-available}) and stays pending. Rejected: it never binds anything. Locks: approval
 * (by the mechanism), allocation, ledger head, audit chain head.
 */
@ApplicationScoped
class AllocationApproval implements ApprovalHandler {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    LedgerPositions positions;

    @Inject
    FundsAvailable funds;

    @Inject
    Clock clock;

    @Override
    public FourEyesAction action() {
        return FourEyesAction.ALLOCATION;
    }

    private Allocation lock(ApprovalView approval) {
        return ApprovalSubjects.lockUndecided(em, Allocation.class, approval, "allocation");
    }

    @Override
    public void approved(ApprovalView approval, AuthenticatedUser checker, AuditedEvent event) {
        Allocation allocation = lock(approval);
        event.before(AllocationService.state(allocation.view()));
        positions.holdPostings();
        funds.now().requireAvailable(allocation.thematicArea(), allocation.window(), allocation.amount());
        funds.bind(allocation.thematicArea(), allocation.window(), allocation.amount());
        allocation.approved(checker.username(), clock.instant());
        em.flush();
        event.detail("binds USD " + allocation.amount().toPlainString() + " of " + allocation.thematicArea())
                .after(AllocationService.state(allocation.view()));
    }

    @Override
    public void rejected(ApprovalView approval, String reason, AuthenticatedUser checker, AuditedEvent event) {
        Allocation allocation = lock(approval);
        event.before(AllocationService.state(allocation.view()));
        allocation.rejected(checker.username(), reason, clock.instant());
        em.flush();
        event.detail(reason).after(AllocationService.state(allocation.view()));
    }
}
