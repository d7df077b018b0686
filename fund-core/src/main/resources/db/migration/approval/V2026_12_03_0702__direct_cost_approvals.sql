-- Direct costs are approved through the one approval mechanism.
ALTER TABLE approval DROP CONSTRAINT ck_approval_action;
ALTER TABLE approval ADD CONSTRAINT ck_approval_action CHECK (action IN
    ('DEPOSIT_POSTING', 'PERIOD_CLOSE', 'ALLOCATION', 'TRANSFER_INSTRUCTION', 'DIRECT_COST'));
