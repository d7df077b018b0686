-- Amounts in the original currency carry that currency's minor units (JPY 0, EUR 2, KWD 3; up to 4
-- in ISO 4217): the columns widen to 4 decimals, and the application refuses more decimals than the
-- currency has. US dollar columns stay at 2. Derby has the same change in its folder, same version.
-- A deposit by bank proceeds may keep the rate the bank stated, exactly as stated.
ALTER TABLE contribution_agreement ALTER COLUMN committed_amount TYPE DECIMAL(22,4);
ALTER TABLE agreement_instalment ALTER COLUMN amount TYPE DECIMAL(22,4);
ALTER TABLE agreement_amendment ALTER COLUMN amount_change TYPE DECIMAL(22,4);
ALTER TABLE pledge ALTER COLUMN amount TYPE DECIMAL(22,4);
ALTER TABLE deposit ALTER COLUMN amount TYPE DECIMAL(22,4);
ALTER TABLE deposit ADD COLUMN bank_stated_rate DECIMAL(24,10);
ALTER TABLE deposit ADD CONSTRAINT ck_deposit_stated_rate CHECK (
    bank_stated_rate IS NULL OR (bank_stated_rate > 0 AND rate_source = 'BANK_PROCEEDS'));
