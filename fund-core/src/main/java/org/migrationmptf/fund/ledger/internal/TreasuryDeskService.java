package org.migrationmptf.fund.ledger.internal;

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
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.ledger.api.TreasuryDesk;
import org.migrationmptf.fund.ledger.domain.JournalEntry;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Text;

@ApplicationScoped
class TreasuryDeskService implements TreasuryDesk {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    JournalLedger ledger;

    @Inject
    AuditedCommands commands;

    @Inject
    FundCalendar calendar;

    @Inject
    Clock clock;

    @Override
    public JournalEntryView postInterest(
            LocalDate valueDate, BigDecimal amountUsd, String reference, AuthenticatedUser by) {
        return postTreasury(
                Permission.POST_INTEREST,
                EntryKind.INTEREST,
                "interest:",
                "Interest earned by the fund: ",
                LedgerAccounts.CASH_WITH_AA,
                LedgerAccounts.INTEREST_FROM_FUND,
                valueDate,
                amountUsd,
                reference,
                by);
    }

    @Override
    public JournalEntryView postBankCharge(
            LocalDate valueDate, BigDecimal amountUsd, String reference, AuthenticatedUser by) {
        return postTreasury(
                Permission.POST_BANK_CHARGE,
                EntryKind.BANK_CHARGE,
                "bank-charge:",
                "Bank charges: ",
                LedgerAccounts.BANK_CHARGES,
                LedgerAccounts.CASH_WITH_AA,
                valueDate,
                amountUsd,
                reference,
                by);
    }

    /** One treasury event, debit against credit, posted once per bank reference. */
    private JournalEntryView postTreasury(
            Permission permission,
            EntryKind kind,
            String sourcePrefix,
            String describedAs,
            String debitAccount,
            String creditAccount,
            LocalDate valueDate,
            BigDecimal amountUsd,
            String reference,
            AuthenticatedUser by) {
        return commands.run(by, permission, Subject.of("JournalEntry", sourcePrefix + reference), event -> {
            Money usd = treasuryAmount(valueDate, amountUsd);
            String ref = Text.required("reference", reference, 40);
            return posted(
                    event,
                    new JournalEntryDraft(
                            valueDate,
                            kind,
                            describedAs + ref,
                            sourcePrefix + ref,
                            List.of(PostingLine.debit(debitAccount, usd), PostingLine.credit(creditAccount, usd))),
                    by);
        });
    }

    /** A treasury event's date and US dollar amount, checked: in range, not in the future, positive cents. */
    private Money treasuryAmount(LocalDate valueDate, BigDecimal amountUsd) {
        calendar.require("valueDate", valueDate);
        if (amountUsd == null) {
            throw new org.migrationmptf.fund.shared.InvalidInput(
                    "the request's amountUsd is missing",
                    List.of(new org.migrationmptf.fund.shared.InvalidInput.Issue(
                            "amountUsd", "give the amount in USD")));
        }
        Money usd = Money.ofField("amountUsd", amountUsd, CurrencyCode.USD);
        if (!usd.isPositive()) {
            throw new DomainRuleViolation("amount-not-positive", "a treasury posting moves a positive amount");
        }
        requireNotInFuture(valueDate, "valueDate");
        return usd;
    }

    private void requireNotInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation(
                    "dated-in-future",
                    field + " " + date + " is in the future; money events are posted once they happened");
        }
    }

    private JournalEntryView posted(AuditedEvent event, JournalEntryDraft draft, AuthenticatedUser by) {
        JournalEntryView entry = ledger.post(draft, by.username());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("entry", entry.id());
        after.put("date", entry.date().toString());
        after.put("usd", entry.total());
        event.subject(Subject.of("JournalEntry", entry.id()))
                .detail(draft.description())
                .after(after);
        return entry;
    }

    @Override
    public JournalEntryView reverse(long entryId, LocalDate reversedOn, String reason, AuthenticatedUser by) {
        return commands.run(by, Permission.REVERSE_ENTRY, Subject.of("JournalEntry", entryId), event -> {
            calendar.require("reversedOn", reversedOn);
            String why = Text.required("reason", reason, 200);
            JournalEntry original = em.find(JournalEntry.class, entryId);
            if (original == null) {
                throw new NotFound("journal entry " + entryId);
            }
            if (original.reverses() != null) {
                throw new DomainRuleViolation("reversal-of-reversal", "a reversal is not reversed; post a new entry");
            }
            if (original.kind() == EntryKind.DEPOSIT || original.kind() == EntryKind.AA_FEE) {
                throw new DomainRuleViolation(
                        "reverse-through-deposit",
                        "entry " + entryId + " posts a deposit or its fee; those are corrected on the deposit,"
                                + " so the register and the ledger stay equal");
            }
            if (reversedOn.isBefore(original.date())) {
                throw new DomainRuleViolation(
                        "reversal-before-entry",
                        "entry " + entryId + " is dated " + original.date() + "; its reversal cannot be dated "
                                + reversedOn + ", before it");
            }
            requireNotInFuture(reversedOn, "reversedOn");
            Long reversed = em.createNamedQuery("JournalEntry.countReversalsOf", Long.class)
                    .setParameter("id", entryId)
                    .getSingleResult();
            if (reversed > 0) {
                throw new DomainRuleViolation("already-reversed", "entry " + entryId + " is already reversed");
            }
            JournalEntryView reversal = ledger.post(original.reversal(reversedOn, why), entryId, by.username());
            event.detail(why).after(Map.of("reversalEntry", reversal.id(), "reversedOn", reversedOn.toString()));
            return reversal;
        });
    }
}
