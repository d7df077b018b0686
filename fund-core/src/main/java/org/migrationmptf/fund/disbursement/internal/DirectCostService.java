package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.approval.api.ApprovalHandler;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.AllocationRequest;
import org.migrationmptf.fund.disbursement.api.DirectCostDesk;
import org.migrationmptf.fund.disbursement.api.DirectCostRegister;
import org.migrationmptf.fund.disbursement.api.DirectCostView;
import org.migrationmptf.fund.disbursement.domain.AvailableFunds;
import org.migrationmptf.fund.disbursement.domain.DirectCost;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPositions;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.programme.api.DecisionRegister;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.programme.api.DecisionView;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.Text;

/**
 * Direct costs: prepared citing a DIRECT_COST decision, decided through the approval mechanism (this
 * bean carries the decision out), posted on approval out of the unearmarked money still free: under
 * the posting lock, a direct cost above what the pool has left after allocations is refused.
 */
@ApplicationScoped
class DirectCostService implements DirectCostDesk, DirectCostRegister, ApprovalHandler {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    Approvals approvals;

    @Inject
    DecisionRegister decisions;

    @Inject
    FundsAvailable funds;

    @Inject
    Ledger ledger;

    @Inject
    LedgerPositions positions;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public DirectCostView prepare(
            String decisionNumber,
            String description,
            BigDecimal amount,
            LocalDate valueDate,
            AuthenticatedUser maker) {
        String number = decisionNumber == null ? "" : decisionNumber.strip();
        return commands.run(maker, Permission.PREPARE_DIRECT_COST, Subject.of("Decision", number), event -> {
            String what = Text.required("description", description, 300);
            LocalDate on = calendar.require("valueDate", valueDate);
            if (amount == null) {
                throw new InvalidInput(
                        "give the amount", List.of(new InvalidInput.Issue("amount", "give the amount in USD")));
            }
            Money usd = Money.ofField("amount", amount, CurrencyCode.USD);
            if (!usd.isPositive()) {
                throw new InvalidInput(
                        "amount: a direct cost is above zero",
                        List.of(new InvalidInput.Issue("amount", "a direct cost is above zero")));
            }
            DecisionView decision;
            try {
                decision = decisions.decision(number, maker);
            } catch (NotFound none) {
                throw new DomainRuleViolation("unknown-decision", "there is no decision " + number);
            }
            if (decision.type() != DecisionType.DIRECT_COST) {
                throw new DomainRuleViolation(
                        "decision-not-a-direct-cost",
                        "decision " + number + " is a " + decision.type() + " decision; a direct cost cites a"
                                + " DIRECT_COST decision");
            }
            requireUnearmarkedLeft(funds.now(), usd);
            DirectCost cost = DirectCost.prepare(number, what, usd, on, maker.username(), clock.instant());
            em.persist(cost);
            em.flush();
            DirectCostView view = cost.view();
            ApprovalView approval = approvals.open(
                    FourEyesAction.DIRECT_COST,
                    Subject.of("DirectCost", cost.id()),
                    cost.version(),
                    "Direct cost of USD " + usd.amount().toPlainString() + ": " + what + " (decision " + number + ")",
                    state(view),
                    maker);
            event.subject(Subject.of("DirectCost", cost.id()))
                    .detail("awaiting approval " + approval.id())
                    .after(state(view));
            return view;
        });
    }

    /** What the unearmarked pool has left after every area's draw on it must cover the cost. */
    private static void requireUnearmarkedLeft(AvailableFunds now, Money usd) {
        BigDecimal left = now.pool().subtract(now.drawnFromPool());
        if (usd.amount().compareTo(left) > 0) {
            throw new DomainRuleViolation(
                    "insufficient-available",
                    "the fund has USD " + left.toPlainString() + " of unearmarked money left; a direct cost of USD "
                            + usd.amount().toPlainString() + " exceeds it");
        }
    }

    @Override
    public FourEyesAction action() {
        return FourEyesAction.DIRECT_COST;
    }

    private DirectCost lock(ApprovalView approval) {
        return ApprovalSubjects.lockUndecided(em, DirectCost.class, approval, "direct cost");
    }

    @Override
    public void approved(ApprovalView approval, AuthenticatedUser checker, AuditedEvent event) {
        DirectCost cost = lock(approval);
        event.before(state(cost.view()));
        positions.holdPostings();
        requireUnearmarkedLeft(funds.now(), cost.amount());
        JournalEntryView entry = ledger.post(
                new JournalEntryDraft(
                        cost.valueDate(),
                        EntryKind.DIRECT_COST,
                        "Direct cost: " + cost.description(),
                        "direct-cost:" + cost.id(),
                        List.of(
                                PostingLine.debit(LedgerAccounts.DIRECT_COSTS, cost.amount())
                                        .inWindow(AllocationRequest.PROGRAMMATIC),
                                PostingLine.credit(LedgerAccounts.CASH_WITH_AA, cost.amount())
                                        .inWindow(AllocationRequest.PROGRAMMATIC))),
                checker.username());
        cost.posted(entry.id(), checker.username(), clock.instant());
        em.flush();
        event.detail("posted as journal entry " + entry.id()).after(state(cost.view()));
    }

    @Override
    public void rejected(ApprovalView approval, String reason, AuthenticatedUser checker, AuditedEvent event) {
        DirectCost cost = lock(approval);
        event.before(state(cost.view()));
        cost.rejected(checker.username(), reason, clock.instant());
        em.flush();
        event.detail(reason).after(state(cost.view()));
    }

    @Override
    public Page<DirectCostView> directCosts(PageRequest page, AuthenticatedUser viewer) {
        if (AllocationRegister.READERS.stream().noneMatch(viewer::has)) {
            throw new NotFound("direct costs");
        }
        List<DirectCostView> rows = em
                .createQuery("SELECT c FROM DirectCost c ORDER BY c.id DESC", DirectCost.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(DirectCost::view)
                .toList();
        long total =
                em.createQuery("SELECT COUNT(c) FROM DirectCost c", Long.class).getSingleResult();
        return new Page<>(rows, total, page.offset(), page.limit());
    }

    static Map<String, Object> state(DirectCostView c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", c.status());
        state.put("decision", c.decision());
        state.put("description", c.description());
        state.put("amount", c.amount().toPlainString());
        state.put("valueDate", c.valueDate().toString());
        state.put("preparedBy", c.preparedBy());
        if (c.decidedBy() != null) {
            state.put("decidedBy", c.decidedBy());
        }
        return state;
    }
}
