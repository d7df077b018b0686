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
import org.migrationmptf.fund.disbursement.domain.TransferInstruction;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Carries out a fund approver's decision on a transfer instruction: approved, the Administrative
 * Agent may execute it; rejected, it is never transferred (and frees its part of the allocation).
 */
@ApplicationScoped
class TransferInstructionApproval implements ApprovalHandler {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public FourEyesAction action() {
        return FourEyesAction.TRANSFER_INSTRUCTION;
    }

    private TransferInstruction lock(ApprovalView approval) {
        return ApprovalSubjects.lockUndecided(em, TransferInstruction.class, approval, "transfer instruction");
    }

    @Override
    public void approved(ApprovalView approval, AuthenticatedUser checker, AuditedEvent event) {
        TransferInstruction instruction = lock(approval);
        event.before(TransferService.state(instruction.view()));
        instruction.approved(checker.username(), clock.instant());
        em.flush();
        event.detail("the Administrative Agent may execute it").after(TransferService.state(instruction.view()));
    }

    @Override
    public void rejected(ApprovalView approval, String reason, AuthenticatedUser checker, AuditedEvent event) {
        TransferInstruction instruction = lock(approval);
        event.before(TransferService.state(instruction.view()));
        instruction.rejected(checker.username(), reason, clock.instant());
        em.flush();
        event.detail(reason).after(TransferService.state(instruction.view()));
    }
}
