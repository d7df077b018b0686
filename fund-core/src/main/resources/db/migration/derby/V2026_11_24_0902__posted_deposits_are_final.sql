-- A posted deposit is final: no UPDATE of its row and no DELETE of any deposit (a correction is a
-- ledger reversal plus a new deposit). PostgreSQL has the same guard in its folder, same version.

CREATE TRIGGER deposit_posted_is_final NO CASCADE BEFORE UPDATE ON deposit
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status = 'POSTED')
    VALUES fund_refuse_change('deposit is posted and final: UPDATE refused');
CREATE TRIGGER deposit_never_deleted NO CASCADE BEFORE DELETE ON deposit
    FOR EACH STATEMENT VALUES fund_refuse_change('deposit is posted and final: DELETE refused');
