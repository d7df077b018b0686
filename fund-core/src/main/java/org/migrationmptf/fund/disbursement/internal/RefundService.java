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
import org.migrationmptf.fund.disbursement.api.RefundDesk;
import org.migrationmptf.fund.disbursement.api.RefundRegister;
import org.migrationmptf.fund.disbursement.api.RefundView;
import org.migrationmptf.fund.disbursement.domain.Refund;
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
class RefundService implements RefundDesk, RefundRegister {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    org.migrationmptf.fund.programme.api.ProgrammeRegister programmes;

    @Inject
    Ledger ledger;

    @Inject
    LedgerPositions positions;

    @Inject
    ExpenditureService expenditure;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public RefundView record(
            String programmeCode,
            String puno,
            BigDecimal amount,
            LocalDate valueDate,
            String reference,
            AuthenticatedUser by) {
        String code = programmeCode == null ? "" : programmeCode.strip();
        return commands.run(by, Permission.RECORD_REFUND, Subject.of("Programme", code), event -> {
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
            long taken = em.createQuery("SELECT COUNT(r) FROM Refund r WHERE r.reference = :ref", Long.class)
                    .setParameter("ref", ref)
                    .getSingleResult();
            if (taken > 0) {
                throw new DomainRuleViolation("duplicate-refund", "a refund with reference " + ref + " is recorded");
            }
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
            JournalEntryView entry = ledger.post(
                    new JournalEntryDraft(
                            on,
                            EntryKind.REFUND,
                            "Refund of unspent balance by " + puno + " for " + code + " (" + ref + ")",
                            "refund:" + ref,
                            List.of(
                                    PostingLine.debit(LedgerAccounts.CASH_WITH_AA, usd)
                                            .forGrant(code, puno, programme.thematicArea()),
                                    PostingLine.credit(LedgerAccounts.TRANSFERRED_TO_PUNOS, usd)
                                            .forGrant(code, puno, programme.thematicArea()))),
                    by.username());
            Refund refund = Refund.posted(code, puno, usd, on, ref, entry.id(), by.username(), clock.instant());
            em.persist(refund);
            em.flush();
            RefundView view = refund.view();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("programme", code);
            state.put("puno", puno);
            state.put("amount", usd.amount().toPlainString());
            state.put("valueDate", on.toString());
            state.put("reference", ref);
            event.subject(Subject.of("Refund", view.id()))
                    .detail("posted as journal entry " + entry.id())
                    .after(state);
            return view;
        });
    }

    @Override
    public Page<RefundView> refunds(Optional<String> programme, PageRequest page, AuthenticatedUser viewer) {
        if (AllocationRegister.READERS.stream().noneMatch(viewer::has)) {
            throw new NotFound("refunds");
        }
        String where = programme.isPresent() ? "r.programme = :programme" : "1 = 1";
        TypedQuery<Refund> rows = em.createQuery(
                        "SELECT r FROM Refund r WHERE " + where + " ORDER BY r.id DESC", Refund.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Refund r WHERE " + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            programme.ifPresent(p -> q.setParameter("programme", p));
        }
        return new Page<>(
                rows.getResultList().stream().map(Refund::view).toList(),
                count.getSingleResult(),
                page.offset(),
                page.limit());
    }
}
