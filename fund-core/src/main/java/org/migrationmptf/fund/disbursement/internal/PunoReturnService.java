package org.migrationmptf.fund.disbursement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.PunoReturnDesk;
import org.migrationmptf.fund.disbursement.api.PunoReturnRegister;
import org.migrationmptf.fund.disbursement.api.PunoReturnView;
import org.migrationmptf.fund.disbursement.api.ReturnKind;
import org.migrationmptf.fund.disbursement.domain.PunoReturn;
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
import org.migrationmptf.fund.shared.Text;

/**
 * Records refunds of unspent balances: under the ledger's posting lock, the refund may not exceed
 * what the PUNO holds unspent (net funded less reported expenditure), and it posts cash with the AA
 * against funds with PUNOs.
 */
@ApplicationScoped
class PunoReturnService implements PunoReturnDesk, PunoReturnRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    org.migrationmptf.fund.programme.api.ProgrammeRegister programmes;

    @Inject
    Ledger ledger;

    @Inject
    ProgrammeWindows windows;

    @Inject
    LedgerPositions positions;

    @Inject
    ExpenditureService expenditure;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public PunoReturnView record(
            String programmeCode,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by) {
        return post(ReturnKind.REFUND, programmeCode, puno, amount, valueDate, reference, by);
    }

    @Override
    public PunoReturnView recordInterest(
            String programmeCode,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by) {
        return post(ReturnKind.INTEREST, programmeCode, puno, amount, valueDate, reference, by);
    }

    private PunoReturnView post(
            ReturnKind kind,
            String programmeCode,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by) {
        String code = programmeCode == null ? "" : programmeCode.strip();
        Permission permission = kind == ReturnKind.REFUND ? Permission.RECORD_REFUND : Permission.RECORD_PUNO_INTEREST;
        return commands.run(by, permission, Subject.of("Programme", code), event -> {
            String ref = Text.required("reference", reference, 60);
            LocalDate on = calendar.require("valueDate", valueDate);
            if (on.isAfter(LocalDate.now(clock))) {
                throw new DomainRuleViolation("refund-in-future", "a refund cannot be valued after today");
            }
            if (amount == null) {
                throw new InvalidInput(
                        "give the amount", List.of(new InvalidInput.Issue("amount", "give the amount in USD")));
            }
            Money usd = Money.ofField("amount", amount, CurrencyCode.USD);
            if (!usd.isPositive()) {
                throw new InvalidInput(
                        "amount: a refund is above zero",
                        List.of(new InvalidInput.Issue("amount", "a refund is above zero")));
            }
            ProgrammeView programme = programmes
                    .find(code)
                    .orElseThrow(() -> new DomainRuleViolation("unknown-programme", "there is no programme " + code));
            FundablePrograms.partOf(programme, puno);
            long taken = em.createQuery("SELECT COUNT(r) FROM PunoReturn r WHERE r.reference = :ref", Long.class)
                    .setParameter("ref", ref)
                    .getSingleResult();
            if (taken > 0) {
                throw new DomainRuleViolation(
                        "duplicate-refund", "money returned with reference " + ref + " is already recorded");
            }
            JournalEntryView entry = kind == ReturnKind.REFUND
                    ? postRefund(code, puno, usd, on, ref, programme, by)
                    : ledger.post(
                            new JournalEntryDraft(
                                    on,
                                    EntryKind.PUNO_INTEREST,
                                    "Interest earned by " + puno + " on " + code + " (" + ref + ")",
                                    "puno-interest:" + ref,
                                    List.of(
                                            PostingLine.debit(LedgerAccounts.CASH_WITH_AA, usd)
                                                    .forGrant(code, puno, programme.thematicArea())
                                                    .inWindow(windows.postingWindow(code)),
                                            PostingLine.credit(LedgerAccounts.INTEREST_FROM_PUNOS, usd)
                                                    .forGrant(code, puno, programme.thematicArea())
                                                    .inWindow(windows.postingWindow(code)))),
                            by.username());
            PunoReturn refund =
                    PunoReturn.posted(kind, code, puno, usd, on, ref, entry.id(), by.username(), clock.instant());
            em.persist(refund);
            em.flush();
            PunoReturnView view = refund.view();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("kind", kind.name());
            state.put("programme", code);
            state.put("puno", puno);
            state.put("amount", usd.amount().toPlainString());
            state.put("valueDate", on.toString());
            state.put("reference", ref);
            event.subject(Subject.of(kind == ReturnKind.REFUND ? "Refund" : "PunoInterest", view.id()))
                    .detail("posted as journal entry " + entry.id())
                    .after(state);
            return view;
        });
    }

    /** Under the posting lock: at most the unspent balance, posted back from funds with PUNOs. */
    private JournalEntryView postRefund(
            String code,
            String puno,
            Money usd,
            LocalDate on,
            String ref,
            ProgrammeView programme,
            AuthenticatedUser by) {
        positions.holdPostings();
        BigDecimal netFunded = BigDecimal.ZERO.setScale(2);
        for (LedgerPosition p : positions.ofProgramme(code, List.of(LedgerAccounts.TRANSFERRED_TO_PUNOS))) {
            if (p.puno().equals(puno)) {
                netFunded = netFunded.add(p.debitBalance());
            }
        }
        BigDecimal unspent = netFunded.subtract(expenditure.spentBy(code, puno));
        if (usd.amount().compareTo(unspent) > 0) {
            throw new DomainRuleViolation(
                    "refund-above-unspent",
                    puno + " holds USD " + unspent.toPlainString() + " unspent in " + code + "; a refund of USD "
                            + usd.amount().toPlainString() + " is more than that");
        }
        return ledger.post(
                new JournalEntryDraft(
                        on,
                        EntryKind.REFUND,
                        "Refund of unspent balance by " + puno + " for " + code + " (" + ref + ")",
                        "refund:" + ref,
                        List.of(
                                PostingLine.debit(LedgerAccounts.CASH_WITH_AA, usd)
                                        .forGrant(code, puno, programme.thematicArea())
                                        .inWindow(windows.postingWindow(code)),
                                PostingLine.credit(LedgerAccounts.TRANSFERRED_TO_PUNOS, usd)
                                        .forGrant(code, puno, programme.thematicArea())
                                        .inWindow(windows.postingWindow(code)))),
                by.username());
    }

    @Override
    public Page<PunoReturnView> returns(
            ReturnKind kind, Optional<String> programme, PageRequest page, AuthenticatedUser viewer) {
        if (AllocationRegister.READERS.stream().noneMatch(viewer::has)) {
            throw new NotFound("refunds");
        }
        String where = "r.kind = :kind" + (programme.isPresent() ? " AND r.programme = :programme" : "");
        TypedQuery<PunoReturn> rows = em.createQuery(
                        "SELECT r FROM PunoReturn r WHERE " + where + " ORDER BY r.id DESC", PunoReturn.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM PunoReturn r WHERE " + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("kind", kind);
            programme.ifPresent(p -> q.setParameter("programme", p));
        }
        return new Page<>(
                rows.getResultList().stream().map(PunoReturn::view).toList(),
                count.getSingleResult(),
                page.offset(),
                page.limit());
    }
}
