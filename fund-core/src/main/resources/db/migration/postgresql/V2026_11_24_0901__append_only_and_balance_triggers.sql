-- PostgreSQL guards of the ledger and the audit trail (Derby has its own file, same versions).
-- 1. Journal entries, their lines and audit events are append-only: UPDATE and DELETE are refused.
-- 2. Each journal entry's lines sum to its totals on both sides, checked at commit (deferred), so an
--    entry cannot be committed unbalanced or with a line missing.

CREATE FUNCTION fund_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
CREATE TRIGGER journal_line_append_only BEFORE UPDATE OR DELETE ON journal_line
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();

CREATE FUNCTION fund_check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    debits  NUMERIC;
    credits NUMERIC;
    e       journal_entry%ROWTYPE;
BEGIN
    SELECT * INTO e FROM journal_entry WHERE id = NEW.id;
    SELECT COALESCE(SUM(CASE WHEN side = 'D' THEN amount END), 0),
           COALESCE(SUM(CASE WHEN side = 'C' THEN amount END), 0)
      INTO debits, credits FROM journal_line WHERE entry_id = NEW.id;
    IF debits <> credits OR debits <> e.total_debit OR credits <> e.total_credit THEN
        RAISE EXCEPTION 'journal entry % does not balance: debits %, credits %, stated %',
            NEW.id, debits, credits, e.total_debit USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER journal_entry_balanced AFTER INSERT ON journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fund_check_entry_balanced();
