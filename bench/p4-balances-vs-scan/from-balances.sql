\set day random(0, 2919)
SELECT account_code, SUM(debit_total), SUM(credit_total) FROM bench_p4.ledger_daily_balance
 WHERE balance_date <= DATE '2018-01-01' + :day GROUP BY account_code;
