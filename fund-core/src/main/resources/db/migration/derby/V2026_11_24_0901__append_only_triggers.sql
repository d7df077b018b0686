-- Derby guards of the ledger and the audit trail (PostgreSQL has its own file, same version).
-- Derby has no way to raise an error from SQL, so the triggers call a function that always fails:
-- Integer.parseInt of the refusal text throws, and the statement is refused with that text.
-- (Balance of each entry is checked by the application and by the CHECK on the entry's totals;
-- Derby has no deferred triggers to check the lines at commit.)

CREATE FUNCTION fund_refuse_change(reason VARCHAR(200)) RETURNS INTEGER
    LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL EXTERNAL NAME 'java.lang.Integer.parseInt';

CREATE TRIGGER journal_entry_no_update NO CASCADE BEFORE UPDATE ON journal_entry
    FOR EACH STATEMENT VALUES fund_refuse_change('journal_entry is append-only: UPDATE refused');
CREATE TRIGGER journal_entry_no_delete NO CASCADE BEFORE DELETE ON journal_entry
    FOR EACH STATEMENT VALUES fund_refuse_change('journal_entry is append-only: DELETE refused');
CREATE TRIGGER journal_line_no_update NO CASCADE BEFORE UPDATE ON journal_line
    FOR EACH STATEMENT VALUES fund_refuse_change('journal_line is append-only: UPDATE refused');
CREATE TRIGGER journal_line_no_delete NO CASCADE BEFORE DELETE ON journal_line
    FOR EACH STATEMENT VALUES fund_refuse_change('journal_line is append-only: DELETE refused');
CREATE TRIGGER audit_event_no_update NO CASCADE BEFORE UPDATE ON audit_event
    FOR EACH STATEMENT VALUES fund_refuse_change('audit_event is append-only: UPDATE refused');
CREATE TRIGGER audit_event_no_delete NO CASCADE BEFORE DELETE ON audit_event
    FOR EACH STATEMENT VALUES fund_refuse_change('audit_event is append-only: DELETE refused');
