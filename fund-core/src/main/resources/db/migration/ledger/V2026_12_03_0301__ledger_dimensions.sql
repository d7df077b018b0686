-- The ledger learns the grant's dimensions: a journal line names the joint programme, the
-- Participating UN Organization and the thematic area it belongs to, where it does (allocations are
-- not posted; transfers, refunds and expenditure-related flows are).
ALTER TABLE journal_line ADD COLUMN programme_code VARCHAR(20);
ALTER TABLE journal_line ADD COLUMN puno_code VARCHAR(20);
ALTER TABLE journal_line ADD COLUMN thematic_area VARCHAR(10);

-- Maintained positions: each account's movements per combination of dimensions, updated in the
-- posting's transaction (as ledger_daily_balance is per day), so that "what is available to a
-- thematic area" and "what this programme and PUNO received" are read without a journal scan.
-- A dimension that does not apply is '' (never NULL), so the key is unique on every database.
CREATE TABLE ledger_position (
    account_code     VARCHAR(10)   NOT NULL,
    contributor_code VARCHAR(20)   NOT NULL,
    earmark          VARCHAR(40)   NOT NULL,
    programme_code   VARCHAR(20)   NOT NULL,
    puno_code        VARCHAR(20)   NOT NULL,
    thematic_area    VARCHAR(10)   NOT NULL,
    debit_total      DECIMAL(19,2) NOT NULL,
    credit_total     DECIMAL(19,2) NOT NULL,
    CONSTRAINT pk_ledger_position PRIMARY KEY
        (account_code, contributor_code, earmark, programme_code, puno_code, thematic_area),
    CONSTRAINT fk_ledger_position_account FOREIGN KEY (account_code) REFERENCES ledger_account (code)
);
CREATE INDEX ix_ledger_position_programme ON ledger_position (programme_code, account_code);
CREATE INDEX ix_ledger_position_puno ON ledger_position (puno_code, account_code);

-- what was posted before this migration, kept by contributor and earmark as it was
INSERT INTO ledger_position
    (account_code, contributor_code, earmark, programme_code, puno_code, thematic_area, debit_total, credit_total)
SELECT account_code, contributor, earmark_label, '', '', '', SUM(debit), SUM(credit)
  FROM (SELECT account_code, COALESCE(contributor_code, '') AS contributor, COALESCE(earmark, '') AS earmark_label,
               CASE WHEN side = 'D' THEN amount ELSE 0 END AS debit,
               CASE WHEN side = 'C' THEN amount ELSE 0 END AS credit
          FROM journal_line) lines
 GROUP BY account_code, contributor, earmark_label;

-- transfers to PUNOs post TRANSFER entries; refunds of unspent balances REFUND; PUNO interest
ALTER TABLE journal_entry DROP CONSTRAINT ck_journal_entry_kind;
ALTER TABLE journal_entry ADD CONSTRAINT ck_journal_entry_kind CHECK (kind IN
    ('DEPOSIT', 'AA_FEE', 'INTEREST', 'BANK_CHARGE', 'REVERSAL', 'TRANSFER', 'REFUND', 'PUNO_INTEREST',
     'DIRECT_COST'));
