package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.approval.api.ApprovalView;
import org.migrationmptf.fund.approval.api.Approvals;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.disbursement.api.TransferDesk;
import org.migrationmptf.fund.disbursement.api.TransferRegister;
import org.migrationmptf.fund.disbursement.api.TransferStatus;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.disbursement.domain.TrancheRule;
import org.migrationmptf.fund.disbursement.domain.TransferInstruction;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPosition;
import org.migrationmptf.fund.ledger.api.LedgerPositions;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;

/**
 * Transfer instructions and their execution. Preparing checks the allocation (what is instructed may
 * not exceed what is approved for the programme and PUNO) and the tranche rule (a later tranche waits
 * until the earlier ones are spent to the threshold, {@code fund.tranche-threshold}, 70 % unless set);
 * executing re-checks the allocation and the cash under the ledger's posting lock, and posts.
 */
@ApplicationScoped
class TransferService implements TransferDesk, TransferRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    Approvals approvals;

    @Inject
    FundablePrograms fundable;

    @Inject
    Ledger ledger;

    @Inject
    LedgerPositions positions;

    @Inject
    FundCalendar calendar;

    @Inject
    ExpenditureService expenditure;

    @Inject
    Clock clock;

    @Inject
    ProgrammeWindows windows;

    @Inject
    @ConfigProperty(name = "fund.tranche-threshold", defaultValue = "0.70")
    String trancheThreshold;

    @Override
    public TransferView prepare(String programmeCode, String puno, BigDecimal amount, AuthenticatedUser maker) {
        String code = programmeCode == null ? "" : programmeCode.strip();
        return commands.run(maker, Permission.PREPARE_TRANSFER_INSTRUCTION, Subject.of("Programme", code), event -> {
            requireComplete(code, puno, amount);
            Money usd = Money.ofField("amount", amount, CurrencyCode.USD);
            if (!usd.isPositive()) {
                throw new InvalidInput(
                        "amount: a transfer is above zero",
                        List.of(new InvalidInput.Issue("amount", "a transfer is above zero")));
            }
            ProgrammeView programme = fundable.fundable(code, "transfers");
            FundablePrograms.partOf(programme, puno);
            BigDecimal allocated = approvedAllocations(code, puno);
            BigDecimal instructed = instructed(code, puno, false);
            requireWithinAllocation(code, puno, allocated, instructed, usd.amount());
            new TrancheRule(new BigDecimal(trancheThreshold))
                    .requireNextTrancheAllowed(
                            puno,
                            Money.usd(instructed.toPlainString()),
                            Money.usd(expenditure.spentBy(code, puno).toPlainString()));
            int tranche = tranches(code, puno) + 1;
            TransferInstruction instruction = TransferInstruction.prepare(
                    code, puno, programme.thematicArea(), tranche, usd, maker.username(), clock.instant());
            em.persist(instruction);
            em.flush();
            TransferView view = instruction.view();
            ApprovalView approval = approvals.open(
                    FourEyesAction.TRANSFER_INSTRUCTION,
                    Subject.of("TransferInstruction", instruction.id()),
                    instruction.version(),
                    "Transfer USD " + usd.amount().toPlainString() + " to " + puno + " for " + code + " (tranche "
                            + tranche + ")",
                    state(view),
                    maker);
            event.subject(Subject.of("TransferInstruction", instruction.id()))
                    .detail("tranche " + tranche + " to " + puno + "; awaiting approval " + approval.id())
                    .after(state(view));
            return view;
        });
    }

    @Override
    public TransferView execute(long id, LocalDate valueDate, OptionalLong expectedVersion, AuthenticatedUser by) {
        return commands.run(by, Permission.EXECUTE_TRANSFER, Subject.of("TransferInstruction", id), event -> {
            LocalDate on = calendar.require("valueDate", valueDate);
            if (on.isAfter(LocalDate.now(clock))) {
                throw new DomainRuleViolation("transfer-in-future", "a transfer cannot be valued after today");
            }
            TransferInstruction instruction = em.find(TransferInstruction.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (instruction == null) {
                throw new NotFound("transfer instruction " + id);
            }
            em.refresh(instruction);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != instruction.version()) {
                throw new StaleVersion(
                        "transfer instruction " + id, expectedVersion.getAsLong(), instruction.version());
            }
            event.before(state(instruction.view()));
            instruction.requireExecutable();
            positions.holdPostings(); // what is transferred and what cash there is cannot change until commit
            BigDecimal allocated = approvedAllocations(instruction.programme(), instruction.puno());
            BigDecimal transferred = instructed(instruction.programme(), instruction.puno(), true);
            requireWithinAllocation(
                    instruction.programme(),
                    instruction.puno(),
                    allocated,
                    transferred,
                    instruction.amount().amount());
            BigDecimal cash = cash();
            if (instruction.amount().amount().compareTo(cash) > 0) {
                throw new DomainRuleViolation(
                        "insufficient-cash",
                        "the Administrative Agent holds USD " + cash.toPlainString() + "; a transfer of USD "
                                + instruction.amount().amount().toPlainString() + " would take cash below zero");
            }
            String window = windows.postingWindow(instruction.programme());
            JournalEntryView entry = ledger.post(
                    new JournalEntryDraft(
                            on,
                            EntryKind.TRANSFER,
                            "Transfer to " + instruction.puno() + " for " + instruction.programme() + ", tranche "
                                    + instruction.tranche(),
                            "transfer:" + instruction.id(),
                            List.of(
                                    PostingLine.debit(LedgerAccounts.TRANSFERRED_TO_PUNOS, instruction.amount())
                                            .forGrant(
                                                    instruction.programme(),
                                                    instruction.puno(),
                                                    instruction.thematicArea())
                                            .inWindow(window),
                                    PostingLine.credit(LedgerAccounts.CASH_WITH_AA, instruction.amount())
                                            .forGrant(
                                                    instruction.programme(),
                                                    instruction.puno(),
                                                    instruction.thematicArea())
                                            .inWindow(window))),
                    by.username());
            instruction.executed(on, entry.id(), by.username(), clock.instant());
            em.flush();
            TransferView view = instruction.view();
            event.detail("posted as journal entry " + entry.id()).after(state(view));
            return view;
        });
    }

    private static void requireComplete(String programme, String puno, BigDecimal amount) {
        List<InvalidInput.Issue> issues = new java.util.ArrayList<>();
        if (programme.isBlank()) {
            issues.add(new InvalidInput.Issue("programme", "give the programme's code"));
        }
        if (puno == null || puno.isBlank()) {
            issues.add(new InvalidInput.Issue("puno", "give the PUNO that receives it"));
        }
        if (amount == null) {
            issues.add(new InvalidInput.Issue("amount", "give the amount in USD"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("the transfer instruction is incomplete", issues);
        }
    }

    private static void requireWithinAllocation(
            String programme, String puno, BigDecimal allocated, BigDecimal already, BigDecimal amount) {
        BigDecimal room = allocated.subtract(already);
        if (amount.compareTo(room) > 0) {
            throw new DomainRuleViolation(
                    "transfer-above-allocation",
                    puno + " is allocated USD " + allocated.toPlainString() + " in " + programme + ", of which USD "
                            + already.toPlainString() + " is instructed or transferred: at most USD "
                            + room.toPlainString() + " more can be transferred");
        }
    }

    private BigDecimal approvedAllocations(String programme, String puno) {
        return decimal(em.createQuery(
                        "SELECT COALESCE(SUM(a.amount), 0) FROM Allocation a WHERE a.programme = :programme"
                                + " AND a.puno = :puno AND a.status = :approved",
                        BigDecimal.class)
                .setParameter("programme", programme)
                .setParameter("puno", puno)
                .setParameter("approved", AllocationStatus.APPROVED)
                .getSingleResult());
    }

    /** What is instructed to the programme's PUNO (not rejected), or with {@code executedOnly} transferred. */
    private BigDecimal instructed(String programme, String puno, boolean executedOnly) {
        return decimal(em.createQuery(
                        "SELECT COALESCE(SUM(t.amount), 0) FROM TransferInstruction t WHERE t.programme = :programme"
                                + " AND t.puno = :puno AND t.status IN :statuses",
                        BigDecimal.class)
                .setParameter("programme", programme)
                .setParameter("puno", puno)
                .setParameter(
                        "statuses",
                        executedOnly
                                ? List.of(TransferStatus.EXECUTED)
                                : List.of(TransferStatus.PENDING, TransferStatus.APPROVED, TransferStatus.EXECUTED))
                .getSingleResult());
    }

    private int tranches(String programme, String puno) {
        return em.createQuery(
                        "SELECT COUNT(t) FROM TransferInstruction t WHERE t.programme = :programme AND t.puno = :puno"
                                + " AND t.status <> :rejected",
                        Long.class)
                .setParameter("programme", programme)
                .setParameter("puno", puno)
                .setParameter("rejected", TransferStatus.REJECTED)
                .getSingleResult()
                .intValue();
    }

    /** Cash with the Administrative Agent now, from the ledger's maintained positions. */
    private BigDecimal cash() {
        BigDecimal cash = BigDecimal.ZERO.setScale(2);
        for (LedgerPosition p : positions.of(List.of(LedgerAccounts.CASH_WITH_AA))) {
            cash = cash.add(p.debitBalance());
        }
        return cash;
    }

    private static BigDecimal decimal(Object sum) {
        return new BigDecimal(sum.toString()).setScale(2);
    }

    @Override
    public Page<TransferView> transfers(
            Optional<String> programme, Optional<TransferStatus> status, PageRequest page, AuthenticatedUser viewer) {
        requireReader(viewer);
        String key = page.sortOr("id", SORTS);
        String direction = page.descending() ? " DESC" : " ASC";
        String where = "1 = 1" + (programme.isPresent() ? " AND t.programme = :programme" : "")
                + (status.isPresent() ? " AND t.status = :status" : "");
        TypedQuery<TransferInstruction> rows = em.createQuery(
                        "SELECT t FROM TransferInstruction t WHERE " + where + " ORDER BY t." + key + direction
                                + ", t.id" + direction,
                        TransferInstruction.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count =
                em.createQuery("SELECT COUNT(t) FROM TransferInstruction t WHERE " + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            programme.ifPresent(p -> q.setParameter("programme", p));
            status.ifPresent(s -> q.setParameter("status", s));
        }
        return new Page<>(
                rows.getResultList().stream().map(TransferInstruction::view).toList(),
                count.getSingleResult(),
                page.offset(),
                page.limit());
    }

    @Override
    public TransferView transfer(long id, AuthenticatedUser viewer) {
        requireReader(viewer);
        TransferInstruction instruction = em.find(TransferInstruction.class, id);
        if (instruction == null) {
            throw new NotFound("transfer instruction " + id);
        }
        return instruction.view();
    }

    @Override
    public org.migrationmptf.fund.disbursement.api.TrancheRoom room(
            String programme, String puno, AuthenticatedUser viewer) {
        requireReader(viewer);
        BigDecimal allocated = approvedAllocations(programme, puno);
        BigDecimal instructed = instructed(programme, puno, false);
        BigDecimal spent = decimal(expenditure.spentBy(programme, puno));
        TrancheRule rule = new TrancheRule(new BigDecimal(trancheThreshold));
        return new org.migrationmptf.fund.disbursement.api.TrancheRoom(
                programme,
                puno,
                allocated,
                instructed,
                allocated.subtract(instructed),
                spent,
                rule.threshold(),
                Money.rounded(instructed.multiply(rule.threshold()), CurrencyCode.USD)
                        .amount(),
                rule.allowsNextTranche(Money.usd(instructed.toPlainString()), Money.usd(spent.toPlainString())),
                tranches(programme, puno) + 1);
    }

    private static void requireReader(AuthenticatedUser viewer) {
        if (AllocationRegister.READERS.stream().noneMatch(viewer::has)) {
            throw new NotFound("transfers");
        }
    }

    static Map<String, Object> state(TransferView t) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", t.status().name());
        state.put("programme", t.programme());
        state.put("puno", t.puno());
        state.put("tranche", t.tranche());
        state.put("amount", t.amount().toPlainString());
        state.put("preparedBy", t.preparedBy());
        if (t.decidedBy() != null) {
            state.put("decidedBy", t.decidedBy());
        }
        if (t.valueDate() != null) {
            state.put("valueDate", t.valueDate().toString());
            state.put("journalEntry", t.journalEntry());
        }
        return state;
    }
}
