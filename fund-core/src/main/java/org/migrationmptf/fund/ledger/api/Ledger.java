package org.migrationmptf.fund.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The fund's double-entry ledger in US dollars. Entries are posted balanced or not at all, never
 * into a closed month, never changed afterwards (a reversal cancels one), and every posting updates
 * the maintained daily balances from which trial balances are read.
 */
public interface Ledger {

    /**
     * Posts a balanced entry in the caller's transaction.
     *
     * @throws org.migrationmptf.fund.shared.DomainRuleViolation {@code unbalanced-entry} or {@code
     *     closed-period}
     */
    JournalEntryView post(JournalEntryDraft draft, String postedBy);

    /** Refuses ({@code closed-period}) if the month of {@code date} is closed. */
    void requireOpen(LocalDate date);

    /** The trial balance at the end of {@code asOf}, read from the maintained daily balances. */
    TrialBalance trialBalance(LocalDate asOf);

    /** The same trial balance recomputed from every journal line: for reconciliation and benchmarks. */
    TrialBalance trialBalanceFromJournal(LocalDate asOf);

    JournalEntryView entry(long id);

    Page<JournalEntryView> entries(PageRequest page);

    /** Cancels a posted entry with a new entry of swapped sides dated {@code on}. */
    JournalEntryView reverse(long entryId, LocalDate on, String reason, AuthenticatedUser by);

    List<AccountingPeriodView> periods();

    /**
     * Closes a month: no posting may be dated in it afterwards.
     *
     * @param expectedVersion the period's version the caller saw, if it sent one (412 if stale)
     */
    AccountingPeriodView closePeriod(YearMonth month, OptionalLong expectedVersion, AuthenticatedUser by);

    /** Interest earned by the fund's cash: cash with the Administrative Agent against interest income. */
    JournalEntryView postInterest(
            LocalDate on, org.migrationmptf.fund.shared.Money usd, String reference, AuthenticatedUser by);

    /** Bank charges: bank charges expense against cash with the Administrative Agent. */
    JournalEntryView postBankCharge(
            LocalDate on, org.migrationmptf.fund.shared.Money usd, String reference, AuthenticatedUser by);
}
