\set day random(0, 2919)
SELECT l.account_code, SUM(CASE WHEN l.side = 'D' THEN l.amount ELSE 0 END),
       SUM(CASE WHEN l.side = 'C' THEN l.amount ELSE 0 END)
  FROM bench_p4.journal_line l JOIN bench_p4.journal_entry e ON e.id = l.entry_id
 WHERE e.entry_date <= DATE '2018-01-01' + :day GROUP BY l.account_code;
