-- A checker may reject a recorded deposit (wrong agreement, wrong amount): it is then REJECTED, with
-- the checker and the reason, never posted, and no longer counts against the agreement's commitment.

ALTER TABLE deposit ADD COLUMN rejection_reason VARCHAR(300);
ALTER TABLE deposit DROP CONSTRAINT ck_deposit_status;
ALTER TABLE deposit ADD CONSTRAINT ck_deposit_status CHECK (
    (status = 'RECORDED' AND verified_by IS NULL AND deposit_entry_id IS NULL AND rejection_reason IS NULL)
    OR (status = 'POSTED' AND verified_by IS NOT NULL AND deposit_entry_id IS NOT NULL AND fee_entry_id IS NOT NULL
        AND rejection_reason IS NULL)
    OR (status = 'REJECTED' AND verified_by IS NOT NULL AND deposit_entry_id IS NULL AND rejection_reason IS NOT NULL));
