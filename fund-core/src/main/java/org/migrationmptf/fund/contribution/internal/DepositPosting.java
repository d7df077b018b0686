package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.migrationmptf.fund.approval.api.ApprovalHandler;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.contribution.domain.ContributionAgreement;
import org.migrationmptf.fund.contribution.domain.Deposit;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.shared.NotFound;

/**
 * Carries out the checker's decision on a recorded deposit. Approved: the deposit and its 1 % fee
 * are posted to the ledger in the checker's transaction, and the deposit becomes POSTED. Rejected:
 * it becomes REJECTED and never posts. Locks the agreement, then the deposit (the approval is
 * already locked), the order every deposit path follows.
 */
@ApplicationScoped
class DepositPosting implements ApprovalHandler {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    AgreementFigures figures;

    @Override
    public FourEyesAction action() {
        return FourEyesAction.DEPOSIT_POSTING;
    }

    private record Locked(ContributionAgreement agreement, Deposit deposit) {}

    private Locked lock(ApprovalView approval) {
        long depositId = Long.parseLong(approval.subjectId());
        Deposit deposit = em.find(Deposit.class, depositId);
        if (deposit == null) {
            throw new NotFound("deposit " + depositId);
        }
        ContributionAgreement agreement =
                em.find(ContributionAgreement.class, deposit.agreementId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(deposit, LockModeType.PESSIMISTIC_WRITE); // locked second, and read as it is now
        deposit.requireUndecided(approval.subjectVersion());
        return new Locked(agreement, deposit);
    }

    @Override
    public void approved(ApprovalView approval, AuthenticatedUser checker, AuditedEvent event) {
        Locked locked = lock(approval);
        Deposit deposit = locked.deposit();
        ContributionAgreement agreement = locked.agreement();
        event.before(DepositDeskService.state(figures.view(deposit, agreement)));
        JournalEntryView depositEntry = ledger.post(depositEntry(deposit, agreement), checker.username());
        JournalEntryView feeEntry = ledger.post(feeEntry(deposit, agreement), checker.username());
        deposit.posted(checker.username(), clock.instant(), depositEntry.id(), feeEntry.id());
        em.flush();
        DepositView view = figures.view(deposit, agreement);
        event.detail("posted as journal entries " + depositEntry.id() + " and " + feeEntry.id())
                .after(DepositDeskService.state(view));
    }

    @Override
    public void rejected(ApprovalView approval, String reason, AuthenticatedUser checker, AuditedEvent event) {
        Locked locked = lock(approval);
        Deposit deposit = locked.deposit();
        event.before(DepositDeskService.state(figures.view(deposit, locked.agreement())));
        deposit.rejected(checker.username(), reason, clock.instant());
        em.flush();
        event.detail(reason).after(DepositDeskService.state(figures.view(deposit, locked.agreement())));
    }

    /** Cash with the Administrative Agent against contributions, by contributor and earmark. */
    static JournalEntryDraft depositEntry(Deposit deposit, ContributionAgreement agreement) {
        String contributor = agreement.contributorCode();
        String earmark = agreement.earmark().label();
        return new JournalEntryDraft(
                deposit.receivedOn(),
                EntryKind.DEPOSIT,
                "Deposit " + deposit.id() + " from " + contributor + " on " + agreement.reference() + ": "
                        + deposit.original(),
                "deposit:" + deposit.id(),
                List.of(
                        PostingLine.debit(LedgerAccounts.CASH_WITH_AA, deposit.usd())
                                .forContributor(contributor, earmark)
                                .inWindow(windowOf(agreement)),
                        PostingLine.credit(LedgerAccounts.CONTRIBUTIONS, deposit.usd())
                                .forContributor(contributor, earmark)
                                .inWindow(windowOf(agreement))));
    }

    /** The Administrative Agent's 1 % fee, out of the cash, booked with the deposit. */
    static JournalEntryDraft feeEntry(Deposit deposit, ContributionAgreement agreement) {
        String contributor = agreement.contributorCode();
        String earmark = agreement.earmark().label();
        return new JournalEntryDraft(
                deposit.receivedOn(),
                EntryKind.AA_FEE,
                "Administrative Agent fee (1 %) on deposit " + deposit.id(),
                "deposit-fee:" + deposit.id(),
                List.of(
                        PostingLine.debit(LedgerAccounts.AA_FEE, deposit.fee())
                                .forContributor(contributor, earmark)
                                .inWindow(windowOf(agreement)),
                        PostingLine.credit(LedgerAccounts.CASH_WITH_AA, deposit.fee())
                                .forContributor(contributor, earmark)
                                .inWindow(windowOf(agreement))));
    }

    /** The window a deposit's money belongs to: the one it is earmarked to, else its agreement's. */
    static String windowOf(ContributionAgreement agreement) {
        return agreement.earmark().kind() == org.migrationmptf.fund.contribution.api.Earmark.Kind.WINDOW
                ? agreement.earmark().code()
                : agreement.fundWindow();
    }
}
