package org.migrationmptf.fund.ledger.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.ledger.domain.AccountingPeriod;
import org.migrationmptf.fund.ledger.domain.DailyBalance;
import org.migrationmptf.fund.ledger.domain.JournalEntry;
import org.migrationmptf.fund.ledger.domain.JournalLine;
import org.migrationmptf.fund.ledger.domain.LedgerAccount;
import org.migrationmptf.fund.ledger.domain.LedgerAccountRepository;
import org.migrationmptf.fund.ledger.domain.LedgerHead;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;

@ApplicationScoped
class JournalLedger implements Ledger {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Money.SCALE);

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    LedgerAccountRepository accounts;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public JournalEntryView post(JournalEntryDraft draft, String postedBy) {
        return post(draft, null, postedBy);
    }

    private JournalEntryView post(JournalEntryDraft draft, Long reverses, String postedBy) {
        em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE).counted();
        periodOf(draft.date(), true).requireOpen();
        Long alreadyPosted = em.createQuery("SELECT COUNT(e) FROM JournalEntry e WHERE e.sourceRef = :ref", Long.class)
                .setParameter("ref", draft.sourceRef())
                .getSingleResult();
        if (alreadyPosted > 0) {
            throw new DomainRuleViolation("already-posted", draft.sourceRef() + " is already posted");
        }
        JournalEntry entry = JournalEntry.post(draft, reverses, postedBy, clock.instant());
        em.persist(entry);
        em.flush();
        for (JournalLine line : entry.lines()) {
            DailyBalance.Key key = new DailyBalance.Key(line.accountCode(), entry.date());
            DailyBalance balance = em.find(DailyBalance.class, key);
            if (balance == null) {
                balance = DailyBalance.empty(line.accountCode(), entry.date());
                em.persist(balance);
            }
            balance.add(line);
        }
        return entry.view();
    }

    /** The period of a date; with {@code create}, an open row is written if the month has none. */
    private AccountingPeriod periodOf(LocalDate date, boolean create) {
        String month = JournalEntry.periodOf(date);
        AccountingPeriod period = em.find(AccountingPeriod.class, month);
        if (period == null) {
            period = AccountingPeriod.open(month);
            if (create) {
                em.persist(period);
            }
        }
        return period;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireOpen(LocalDate date) {
        periodOf(date, false).requireOpen();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrialBalance trialBalance(LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT account_code, SUM(debit_total), SUM(credit_total)"
                        + " FROM ledger_daily_balance WHERE balance_date <= ? GROUP BY account_code")
                .setParameter(1, java.sql.Date.valueOf(asOf))
                .getResultList();
        return trialBalance(asOf, rows);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrialBalance trialBalanceFromJournal(LocalDate asOf) {
        List<?> rows = em.createNativeQuery("SELECT l.account_code,"
                        + " SUM(CASE WHEN l.side = 'D' THEN l.amount ELSE 0 END),"
                        + " SUM(CASE WHEN l.side = 'C' THEN l.amount ELSE 0 END)"
                        + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
                        + " WHERE e.entry_date <= ? GROUP BY l.account_code")
                .setParameter(1, java.sql.Date.valueOf(asOf))
                .getResultList();
        return trialBalance(asOf, rows);
    }

    private TrialBalance trialBalance(LocalDate asOf, List<?> sums) {
        Map<String, BigDecimal[]> byAccount = new HashMap<>();
        for (Object row : sums) {
            Object[] columns = (Object[]) row;
            byAccount.put(((String) columns[0]).trim(), new BigDecimal[] {decimal(columns[1]), decimal(columns[2])});
        }
        List<TrialBalance.Row> rows = new ArrayList<>();
        BigDecimal totalDebit = ZERO;
        BigDecimal totalCredit = ZERO;
        for (LedgerAccount account : accounts.inChartOrder()) {
            BigDecimal[] sum = byAccount.getOrDefault(account.code(), new BigDecimal[] {ZERO, ZERO});
            rows.add(new TrialBalance.Row(
                    account.code(), account.name(), account.kind().name(), sum[0], sum[1], sum[0].subtract(sum[1])));
            totalDebit = totalDebit.add(sum[0]);
            totalCredit = totalCredit.add(sum[1]);
        }
        return new TrialBalance(asOf, rows, totalDebit, totalCredit, totalDebit.subtract(totalCredit));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? ZERO : new BigDecimal(value.toString()).setScale(Money.SCALE);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public JournalEntryView entry(long id) {
        JournalEntry entry = em.find(JournalEntry.class, id);
        if (entry == null) {
            throw new NotFound("journal entry " + id);
        }
        return entry.view();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JournalEntryView> entries(PageRequest page) {
        List<JournalEntryView> items = em
                .createQuery(
                        "SELECT e FROM JournalEntry e ORDER BY e.id " + (page.descending() ? "DESC" : "ASC"),
                        JournalEntry.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(JournalEntry::view)
                .toList();
        long total = em.createQuery("SELECT COUNT(e) FROM JournalEntry e", Long.class)
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    @Transactional
    public JournalEntryView reverse(long entryId, LocalDate on, String reason, AuthenticatedUser by) {
        AuditRecord attempt = AuditRecord.attempt(
                by.username(), by.rolesText(), "ENTRY_REVERSED", "JournalEntry", Long.toString(entryId));
        try {
            JournalEntry original = em.find(JournalEntry.class, entryId);
            if (original == null) {
                throw new NotFound("journal entry " + entryId);
            }
            JournalEntryView view = original.view();
            if (view.reverses() != null) {
                throw new DomainRuleViolation("reversal-of-reversal", "a reversal is not reversed; post a new entry");
            }
            if (view.kind().equals(EntryKind.DEPOSIT.name()) || view.kind().equals(EntryKind.AA_FEE.name())) {
                throw new DomainRuleViolation(
                        "reverse-through-deposit",
                        "entry " + entryId + " posts a deposit or its fee; those are corrected on the deposit,"
                                + " so the register and the ledger stay equal");
            }
            Long reversed = em.createQuery("SELECT COUNT(e) FROM JournalEntry e WHERE e.reverses = :id", Long.class)
                    .setParameter("id", entryId)
                    .getSingleResult();
            if (reversed > 0) {
                throw new DomainRuleViolation("already-reversed", "entry " + entryId + " is already reversed");
            }
            JournalEntryView reversal = post(original.reversal(on, reason), entryId, by.username());
            audit.record(new AuditRecord(
                    by.username(),
                    by.rolesText(),
                    "ENTRY_REVERSED",
                    "JournalEntry",
                    Long.toString(entryId),
                    reason,
                    null,
                    AuditRecord.state(Map.of("reversalEntry", reversal.id()))));
            return reversal;
        } catch (DomainRuleViolation e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountingPeriodView> periods() {
        return em
                .createQuery("SELECT p FROM AccountingPeriod p ORDER BY p.periodMonth DESC", AccountingPeriod.class)
                .getResultList()
                .stream()
                .map(AccountingPeriod::view)
                .toList();
    }

    @Override
    @Transactional
    public AccountingPeriodView closePeriod(YearMonth month, OptionalLong expectedVersion, AuthenticatedUser by) {
        AuditRecord attempt = AuditRecord.attempt(
                by.username(), by.rolesText(), "PERIOD_CLOSED", "AccountingPeriod", month.toString());
        try {
            if (!month.isBefore(YearMonth.now(clock))) {
                throw new DomainRuleViolation(
                        "period-not-ended", "only a month that has ended can be closed; " + month + " has not");
            }
            em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
            AccountingPeriod period = periodOf(month.atDay(1), true);
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != period.version()) {
                throw new StaleVersion("the period " + month, expectedVersion.getAsLong(), period.version());
            }
            String before = AuditRecord.state(Map.of("status", period.view().status()));
            period.close(by.username(), clock.instant());
            em.flush();
            audit.record(new AuditRecord(
                    by.username(),
                    by.rolesText(),
                    "PERIOD_CLOSED",
                    "AccountingPeriod",
                    month.toString(),
                    null,
                    before,
                    AuditRecord.state(Map.of("status", "CLOSED"))));
            return period.view();
        } catch (DomainRuleViolation | StaleVersion e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }

    @Override
    @Transactional
    public JournalEntryView postInterest(LocalDate on, Money usd, String reference, AuthenticatedUser by) {
        return postTreasury(
                new JournalEntryDraft(
                        on,
                        EntryKind.INTEREST,
                        "Interest earned by the fund: " + reference,
                        "interest:" + reference,
                        List.of(
                                PostingLine.debit(LedgerAccounts.CASH_WITH_AA, usd),
                                PostingLine.credit(LedgerAccounts.INTEREST_FROM_FUND, usd))),
                "INTEREST_POSTED",
                by);
    }

    @Override
    @Transactional
    public JournalEntryView postBankCharge(LocalDate on, Money usd, String reference, AuthenticatedUser by) {
        return postTreasury(
                new JournalEntryDraft(
                        on,
                        EntryKind.BANK_CHARGE,
                        "Bank charges: " + reference,
                        "bank-charge:" + reference,
                        List.of(
                                PostingLine.debit(LedgerAccounts.BANK_CHARGES, usd),
                                PostingLine.credit(LedgerAccounts.CASH_WITH_AA, usd))),
                "BANK_CHARGE_POSTED",
                by);
    }

    private JournalEntryView postTreasury(JournalEntryDraft draft, String action, AuthenticatedUser by) {
        AuditRecord attempt =
                AuditRecord.attempt(by.username(), by.rolesText(), action, "JournalEntry", draft.sourceRef());
        try {
            JournalEntryView entry = post(draft, null, by.username());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("entry", entry.id());
            after.put("date", entry.date().toString());
            after.put("usd", entry.total());
            audit.record(new AuditRecord(
                    by.username(),
                    by.rolesText(),
                    action,
                    "JournalEntry",
                    Long.toString(entry.id()),
                    draft.description(),
                    null,
                    AuditRecord.state(after)));
            return entry;
        } catch (DomainRuleViolation e) {
            audit.recordRefusal(attempt.refusedBecause(e));
            throw e;
        }
    }
}
