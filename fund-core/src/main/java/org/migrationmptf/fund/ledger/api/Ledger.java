package org.migrationmptf.fund.ledger.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The fund's double-entry ledger in US dollars. Entries are posted balanced or not at all, never
 * into a closed month, never changed afterwards (a reversal cancels one), and every posting updates
 * the maintained daily balances from which trial balances are read.
 *
 * <p>{@link #post} is for the domains' own commands (a verified deposit posts through it, inside the
 * checker's transaction, after the checker's permission was checked); people post treasury events
 * through {@link TreasuryDesk} and close months through {@link PeriodDesk}.
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

    /** Sources, uses and cash at the end of {@code asOf}, from the maintained balances (the trial balance). */
    FundPosition fundPosition(LocalDate asOf);

    /**
     * The debits and credits on {@code account} from the entries dated up to {@code asOf} per value of
     * one dimension (lines without it left out), ordered by it, in one aggregate statement over the
     * journal lines: the annual report's per-PUNO and per-programme columns.
     */
    List<Movements> movements(String account, Movements.Dimension by, LocalDate asOf);

    JournalEntryView entry(long id);

    Page<JournalEntryView> entries(PageRequest page);

    /**
     * The entries dated {@code from} to {@code to} (both included), in posting order, a page at a time,
     * each page with its lines in one more statement: what an audit export streams.
     */
    Page<JournalEntryView> entriesDated(LocalDate from, LocalDate to, PageRequest page);

    List<AccountingPeriodView> periods();

    /**
     * The last month through which the ledger is certified: every month from the ledger's first one
     * up to it was closed (prepared by one finance user, approved by another), so nothing can post
     * into it any more and reports as of a date in it are final. Empty while the first month is open.
     */
    java.util.Optional<YearMonth> certifiedThrough();

    /** One month of the ledger (a month with no row yet is OPEN at version 0). */
    AccountingPeriodView period(YearMonth month);
}
