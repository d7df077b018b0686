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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.fund.ledger.api.AccountingPeriodView;
import org.migrationmptf.fund.ledger.api.FundPosition;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.Ledger;
import org.migrationmptf.fund.ledger.api.LedgerAccounts;
import org.migrationmptf.fund.ledger.api.LedgerPosition;
import org.migrationmptf.fund.ledger.api.LedgerPositions;
import org.migrationmptf.fund.ledger.api.TrialBalance;
import org.migrationmptf.fund.ledger.domain.AccountingPeriod;
import org.migrationmptf.fund.ledger.domain.DailyBalance;
import org.migrationmptf.fund.ledger.domain.DimensionBalance;
import org.migrationmptf.fund.ledger.domain.JournalEntry;
import org.migrationmptf.fund.ledger.domain.JournalLine;
import org.migrationmptf.fund.ledger.domain.LedgerAccount;
import org.migrationmptf.fund.ledger.domain.LedgerAccountRepository;
import org.migrationmptf.fund.ledger.domain.LedgerHead;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.Money;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/**
 * The journal and its maintained daily balances. Every posting locks the ledger head first (postings
 * are serial: a period cannot close under a posting, a day's balance row is created once), and the
 * audit chain head is taken after it by the command that posts.
 */
@ApplicationScoped
class JournalLedger implements Ledger, LedgerPositions {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(Money.USD_SCALE);

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LedgerAccountRepository accounts;

    @Inject
    FundCalendar calendar;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public JournalEntryView post(JournalEntryDraft draft, String postedBy) {
        return post(draft, null, postedBy);
    }

    /** Posts in the caller's transaction; {@code reverses} names the entry a reversal cancels. */
    JournalEntryView post(JournalEntryDraft draft, Long reverses, String postedBy) {
        calendar.require("date", draft.date());
        lockHead();
        periodOf(draft.date(), true).requireOpen();
        Long alreadyPosted = em.createNamedQuery("JournalEntry.countBySource", Long.class)
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
            DimensionBalance.Key dimensions = DimensionBalance.keyOf(line);
            DimensionBalance position = em.find(DimensionBalance.class, dimensions);
            if (position == null) {
                position = DimensionBalance.empty(dimensions);
                em.persist(position);
            }
            position.add(line);
        }
        return entry.view();
    }

    /** The ledger head, locked: the first lock of every posting and period close. */
    void lockHead() {
        em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE).counted();
    }

    /** The period of a date; with {@code create}, an open row is written if the month has none. */
    AccountingPeriod periodOf(LocalDate date, boolean create) {
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
    public FundPosition fundPosition(LocalDate asOf) {
        java.util.Map<String, BigDecimal> balance = new java.util.HashMap<>();
        trialBalance(asOf).rows().forEach(r -> balance.put(r.account(), r.balance()));
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new FundPosition(
                asOf,
                balance.getOrDefault(LedgerAccounts.CONTRIBUTIONS, zero).negate(),
                balance.getOrDefault(LedgerAccounts.INTEREST_FROM_FUND, zero)
                        .add(balance.getOrDefault(LedgerAccounts.INTEREST_FROM_PUNOS, zero))
                        .negate(),
                balance.getOrDefault(LedgerAccounts.AA_FEE, zero),
                balance.getOrDefault(LedgerAccounts.BANK_CHARGES, zero),
                balance.getOrDefault(LedgerAccounts.DIRECT_COSTS, zero),
                balance.getOrDefault(LedgerAccounts.TRANSFERRED_TO_PUNOS, zero),
                balance.getOrDefault(LedgerAccounts.CASH_WITH_AA, zero));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrialBalance trialBalance(LocalDate asOf) {
        calendar.require("asOf", asOf);
        List<?> rows = em.createNativeQuery("SELECT account_code, SUM(debit_total), SUM(credit_total)"
                        + " FROM ledger_daily_balance WHERE balance_date <= ? GROUP BY account_code")
                .setParameter(1, java.sql.Date.valueOf(asOf))
                .getResultList();
        return trialBalance(asOf, rows);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrialBalance trialBalanceFromJournal(LocalDate asOf) {
        calendar.require("asOf", asOf);
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
        return value == null ? ZERO : new BigDecimal(value.toString()).setScale(Money.USD_SCALE);
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
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.lines")
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
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<org.migrationmptf.fund.ledger.api.Movements> movements(
            String account, org.migrationmptf.fund.ledger.api.Movements.Dimension by, LocalDate asOf) {
        calendar.require("asOf", asOf);
        String column = "l." + by.column();
        List<org.migrationmptf.fund.ledger.api.Movements> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + column + ","
                        + " SUM(CASE WHEN l.side = 'D' THEN l.amount ELSE 0 END),"
                        + " SUM(CASE WHEN l.side = 'C' THEN l.amount ELSE 0 END)"
                        + " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
                        + " WHERE l.account_code = ? AND e.entry_date <= ? AND " + column + " IS NOT NULL"
                        + " GROUP BY " + column + " ORDER BY " + column)
                .setParameter(1, account)
                .setParameter(2, java.sql.Date.valueOf(asOf))
                .getResultList()) {
            Object[] c = (Object[]) row;
            rows.add(new org.migrationmptf.fund.ledger.api.Movements(
                    c[0].toString().trim(), decimal(c[1]), decimal(c[2])));
        }
        return rows;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JournalEntryView> entriesDated(LocalDate from, LocalDate to, PageRequest page) {
        calendar.require("from", from);
        calendar.require("to", to);
        List<JournalEntryView> items = em
                .createQuery(
                        "SELECT e FROM JournalEntry e WHERE e.date >= :from AND e.date <= :to ORDER BY e.id",
                        JournalEntry.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.lines")
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(JournalEntry::view)
                .toList();
        long total = em.createQuery(
                        "SELECT COUNT(e) FROM JournalEntry e WHERE e.date >= :from AND e.date <= :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
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
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<YearMonth> certifiedThrough() {
        YearMonth certified = null;
        for (AccountingPeriod period : em.createQuery(
                        "SELECT p FROM AccountingPeriod p ORDER BY p.periodMonth", AccountingPeriod.class)
                .getResultList()) {
            YearMonth month = YearMonth.parse(period.month());
            if (!period.isClosed() || (certified != null && !month.equals(certified.plusMonths(1)))) {
                break;
            }
            certified = month;
        }
        return java.util.Optional.ofNullable(certified);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountingPeriodView period(YearMonth month) {
        calendar.require("month", month);
        return periodOf(month.atDay(1), false).view();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerPosition> of(Collection<String> accountCodes) {
        return positions("account_code IN (" + placeholders(accountCodes.size(), 1) + ")", List.copyOf(accountCodes));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerPosition> ofProgramme(String programmeCode, Collection<String> accountCodes) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(programmeCode);
        parameters.addAll(accountCodes);
        return positions(
                "programme_code = ?1 AND account_code IN (" + placeholders(accountCodes.size(), 2) + ")", parameters);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerPosition> ofProgrammes(Collection<String> programmeCodes, Collection<String> accountCodes) {
        if (programmeCodes.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(programmeCodes);
        parameters.addAll(accountCodes);
        return positions(
                "programme_code IN (" + placeholders(programmeCodes.size(), 1) + ") AND account_code IN ("
                        + placeholders(accountCodes.size(), programmeCodes.size() + 1) + ")",
                parameters);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerPosition> ofContributor(String contributorCode, Collection<String> accountCodes) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(contributorCode);
        parameters.addAll(accountCodes);
        return positions(
                "contributor_code = ?1 AND account_code IN (" + placeholders(accountCodes.size(), 2) + ")", parameters);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerPosition> ofPuno(String punoCode, Collection<String> accountCodes) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(punoCode);
        parameters.addAll(accountCodes);
        return positions(
                "puno_code = ?1 AND account_code IN (" + placeholders(accountCodes.size(), 2) + ")", parameters);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdPostings() {
        lockHead();
    }

    private List<LedgerPosition> positions(String where, List<?> parameters) {
        if (parameters.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT account_code, contributor_code, earmark, programme_code, puno_code,"
                + " thematic_area, fund_window, debit_total, credit_total FROM ledger_position WHERE " + where
                + " ORDER BY account_code, contributor_code, earmark, programme_code, puno_code, thematic_area,"
                + " fund_window");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<LedgerPosition> positions = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            positions.add(new LedgerPosition(
                    text(c[0]),
                    text(c[1]),
                    text(c[2]),
                    text(c[3]),
                    text(c[4]),
                    text(c[5]),
                    text(c[6]),
                    decimal(c[7]),
                    decimal(c[8])));
        }
        return positions;
    }

    private static String placeholders(int count, int first) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < count; i++) {
            marks.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return marks.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    /** What a month holds: its entries and their debit total, as a close is prepared and approved. */
    Map<String, Object> contentsOf(YearMonth month) {
        Object[] row = em.createNamedQuery("JournalEntry.monthTotals", Object[].class)
                .setParameter("month", month.toString())
                .getSingleResult();
        Map<String, Object> contents = new LinkedHashMap<>();
        contents.put("period", month.toString());
        contents.put("entries", ((Number) row[0]).longValue());
        contents.put("debitsUsd", decimal(row[1]));
        return contents;
    }
}
