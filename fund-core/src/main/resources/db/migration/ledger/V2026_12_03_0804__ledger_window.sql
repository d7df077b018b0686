-- The ledger learns the fund window: a journal line names the window its money belongs to (a
-- deposit its agreement's, a transfer, refund or PUNO interest its programme's allocations'), and
-- the maintained positions are kept per window too. Lines posted before carry none ('').
ALTER TABLE journal_line ADD COLUMN fund_window VARCHAR(30);
ALTER TABLE ledger_position ADD COLUMN fund_window VARCHAR(30) NOT NULL DEFAULT '';
ALTER TABLE ledger_position DROP CONSTRAINT pk_ledger_position;
ALTER TABLE ledger_position ADD CONSTRAINT pk_ledger_position PRIMARY KEY
    (account_code, contributor_code, earmark, programme_code, puno_code, thematic_area, fund_window);
CREATE INDEX ix_ledger_position_window ON ledger_position (fund_window, account_code);
