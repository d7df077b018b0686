-- Amounts in the original currency carry that currency's minor units (JPY 0, EUR 2, KWD 3; up to 4
-- in ISO 4217): the columns widen to 4 decimals. PostgreSQL has the same change in its folder, same
-- version. Derby cannot change a DECIMAL's scale in place, so each column is copied into a wider one
-- (its CHECK goes with the old column and is added back); the guards that keep decided deposits
-- final are lifted for the copy and put back unchanged.

DROP TRIGGER deposit_posted_is_final;
DROP TRIGGER deposit_never_deleted;

ALTER TABLE contribution_agreement ADD COLUMN committed_amount_w DECIMAL(22,4);
UPDATE contribution_agreement SET committed_amount_w = committed_amount;
ALTER TABLE contribution_agreement DROP COLUMN committed_amount;
RENAME COLUMN contribution_agreement.committed_amount_w TO committed_amount;
ALTER TABLE contribution_agreement ALTER COLUMN committed_amount NOT NULL;
ALTER TABLE contribution_agreement ADD CONSTRAINT ck_contribution_agreement_amount CHECK (committed_amount > 0);

ALTER TABLE agreement_instalment ADD COLUMN amount_w DECIMAL(22,4);
UPDATE agreement_instalment SET amount_w = amount;
ALTER TABLE agreement_instalment DROP COLUMN amount;
RENAME COLUMN agreement_instalment.amount_w TO amount;
ALTER TABLE agreement_instalment ALTER COLUMN amount NOT NULL;
ALTER TABLE agreement_instalment ADD CONSTRAINT ck_agreement_instalment_amount CHECK (amount > 0);

ALTER TABLE agreement_amendment ADD COLUMN amount_change_w DECIMAL(22,4);
UPDATE agreement_amendment SET amount_change_w = amount_change;
ALTER TABLE agreement_amendment DROP COLUMN amount_change;
RENAME COLUMN agreement_amendment.amount_change_w TO amount_change;
ALTER TABLE agreement_amendment ALTER COLUMN amount_change NOT NULL;
ALTER TABLE agreement_amendment ADD CONSTRAINT ck_agreement_amendment_amount CHECK (amount_change <> 0);

ALTER TABLE pledge ADD COLUMN amount_w DECIMAL(22,4);
UPDATE pledge SET amount_w = amount;
ALTER TABLE pledge DROP COLUMN amount;
RENAME COLUMN pledge.amount_w TO amount;
ALTER TABLE pledge ALTER COLUMN amount NOT NULL;
ALTER TABLE pledge ADD CONSTRAINT ck_pledge_amount CHECK (amount > 0);

ALTER TABLE deposit ADD COLUMN amount_w DECIMAL(22,4);
UPDATE deposit SET amount_w = amount;
ALTER TABLE deposit DROP COLUMN amount;
RENAME COLUMN deposit.amount_w TO amount;
ALTER TABLE deposit ALTER COLUMN amount NOT NULL;
ALTER TABLE deposit ADD CONSTRAINT ck_deposit_amounts
    CHECK (amount > 0 AND usd_amount > 0 AND fee_usd >= 0 AND units_per_usd > 0);
ALTER TABLE deposit ADD COLUMN bank_stated_rate DECIMAL(24,10);
ALTER TABLE deposit ADD CONSTRAINT ck_deposit_stated_rate CHECK (
    bank_stated_rate IS NULL OR (bank_stated_rate > 0 AND rate_source = 'BANK_PROCEEDS'));

CREATE TRIGGER deposit_never_deleted NO CASCADE BEFORE DELETE ON deposit
    FOR EACH STATEMENT VALUES fund_refuse_change('deposit is posted and final: DELETE refused');
CREATE TRIGGER deposit_posted_is_final NO CASCADE BEFORE UPDATE ON deposit
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status <> 'RECORDED')
    VALUES fund_refuse_change('deposit is posted and final: UPDATE refused');
