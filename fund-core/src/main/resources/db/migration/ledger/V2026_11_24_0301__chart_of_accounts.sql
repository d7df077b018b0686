-- The ledger's chart of accounts. Every financial event of the fund posts a balanced journal entry
-- against these accounts (journal tables come with the contribution domain).
-- kind: ASSET, LIABILITY, NET_ASSETS, REVENUE, EXPENSE; normal_balance: DEBIT or CREDIT.

CREATE TABLE ledger_account (
    code           VARCHAR(10)  NOT NULL,
    name           VARCHAR(150) NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    normal_balance VARCHAR(6)   NOT NULL,
    sort_order     INTEGER      NOT NULL,
    CONSTRAINT pk_ledger_account PRIMARY KEY (code),
    CONSTRAINT ck_ledger_account_kind CHECK (kind IN ('ASSET', 'LIABILITY', 'NET_ASSETS', 'REVENUE', 'EXPENSE')),
    CONSTRAINT ck_ledger_account_balance CHECK (normal_balance IN ('DEBIT', 'CREDIT'))
);

INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('1100', 'Cash with the Administrative Agent', 'ASSET', 'DEBIT', 10);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('1200', 'Funds transferred to Participating Organizations', 'ASSET', 'DEBIT', 20);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('4100', 'Contributions from donors', 'REVENUE', 'CREDIT', 30);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('4200', 'Interest and investment income (from Fund)', 'REVENUE', 'CREDIT', 40);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('4300', 'Interest (from Participating Organizations)', 'REVENUE', 'CREDIT', 50);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('5100', 'Administrative Agent fee', 'EXPENSE', 'DEBIT', 60);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('5200', 'Direct costs', 'EXPENSE', 'DEBIT', 70);
INSERT INTO ledger_account (code, name, kind, normal_balance, sort_order) VALUES
    ('5300', 'Bank charges', 'EXPENSE', 'DEBIT', 80);
