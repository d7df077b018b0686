-- A posted deposit is final: no UPDATE of its row and no DELETE of any deposit (a correction is a
-- ledger reversal plus a new deposit). Derby has the same guard in its folder, same version.

CREATE FUNCTION fund_refuse_posted_deposit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'deposit % is posted and final: % refused', OLD.id, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER deposit_posted_is_final BEFORE UPDATE ON deposit
    FOR EACH ROW WHEN (OLD.status = 'POSTED') EXECUTE FUNCTION fund_refuse_posted_deposit_change();
CREATE TRIGGER deposit_never_deleted BEFORE DELETE ON deposit
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_posted_deposit_change();
