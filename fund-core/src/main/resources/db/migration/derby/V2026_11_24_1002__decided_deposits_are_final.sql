-- A deposit once posted or rejected is final (widens V2026_11_24_0902, which covered posted ones).
DROP TRIGGER deposit_posted_is_final;
CREATE TRIGGER deposit_posted_is_final NO CASCADE BEFORE UPDATE ON deposit
    REFERENCING OLD AS o FOR EACH ROW WHEN (o.status <> 'RECORDED')
    VALUES fund_refuse_change('deposit is posted and final: UPDATE refused');
