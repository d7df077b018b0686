-- P4 fixture: a ledger of 1,000,000 journal lines (500,000 balanced two-line entries over eight years,
-- 20 contributors, the fund's eight accounts) in its own schema, plus the maintained daily balances
-- derived from it, with the same tables and indexes as the application's migrations.
DROP SCHEMA IF EXISTS bench_p4 CASCADE;
CREATE SCHEMA bench_p4;
CREATE TABLE bench_p4.journal_entry (LIKE public.journal_entry INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE bench_p4.journal_line (LIKE public.journal_line INCLUDING DEFAULTS INCLUDING INDEXES);
CREATE TABLE bench_p4.ledger_daily_balance (LIKE public.ledger_daily_balance INCLUDING DEFAULTS INCLUDING INDEXES);

INSERT INTO bench_p4.journal_entry (id, entry_date, period_month, kind, description, source_ref, total_debit,
                                    total_credit, posted_by, posted_at)
SELECT g, d, to_char(d, 'YYYY-MM'), 'DEPOSIT', 'bench', 'bench:' || g, amt, amt, 'bench', now()
FROM (SELECT g, DATE '2018-01-01' + (g % 2920) AS d, round((100 + (g % 9973) * 37.13)::numeric, 2) AS amt
      FROM generate_series(1, 500000) g) s;

INSERT INTO bench_p4.journal_line (entry_id, line_no, account_code, side, amount, contributor_code, earmark)
SELECT e.id, 1, CASE WHEN e.id % 4 = 0 THEN '5100' ELSE '1100' END, 'D', e.total_debit, 'C' || (e.id % 20), 'UNEARMARKED'
FROM bench_p4.journal_entry e
UNION ALL
SELECT e.id, 2, CASE WHEN e.id % 4 = 0 THEN '1100' ELSE '4100' END, 'C', e.total_credit, 'C' || (e.id % 20), 'UNEARMARKED'
FROM bench_p4.journal_entry e;

INSERT INTO bench_p4.ledger_daily_balance (account_code, balance_date, debit_total, credit_total)
SELECT l.account_code, e.entry_date,
       SUM(CASE WHEN l.side = 'D' THEN l.amount ELSE 0 END), SUM(CASE WHEN l.side = 'C' THEN l.amount ELSE 0 END)
FROM bench_p4.journal_line l JOIN bench_p4.journal_entry e ON e.id = l.entry_id
GROUP BY l.account_code, e.entry_date;

ANALYZE bench_p4.journal_entry;
ANALYZE bench_p4.journal_line;
ANALYZE bench_p4.ledger_daily_balance;
