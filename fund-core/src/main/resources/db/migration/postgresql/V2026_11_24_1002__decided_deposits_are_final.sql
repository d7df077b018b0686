-- A deposit once posted or rejected is final (widens V2026_11_24_0902, which covered posted ones).
DROP TRIGGER deposit_posted_is_final ON deposit;
CREATE TRIGGER deposit_posted_is_final BEFORE UPDATE ON deposit
    FOR EACH ROW WHEN (OLD.status <> 'RECORDED') EXECUTE FUNCTION fund_refuse_posted_deposit_change();
