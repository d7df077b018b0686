-- The fund's windows (editable reference data: the Technical Support Window opened in 2026 and its
-- rules are still being settled, domain-notes [M]). Every agreement belongs to a window; an agreement
-- may also be earmarked to one. Amendments record who registered them.

CREATE TABLE fund_window (
    code       VARCHAR(30)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    opened_on  DATE         NOT NULL,
    CONSTRAINT pk_fund_window PRIMARY KEY (code)
);
INSERT INTO fund_window (code, name, opened_on) VALUES ('PROGRAMMATIC', 'Programmatic window', CAST('2019-05-10' AS DATE));
INSERT INTO fund_window (code, name, opened_on) VALUES ('TECHNICAL_SUPPORT', 'Technical Support Window', CAST('2026-01-01' AS DATE));

ALTER TABLE contribution_agreement ADD COLUMN fund_window VARCHAR(30) NOT NULL DEFAULT 'PROGRAMMATIC';
ALTER TABLE contribution_agreement ADD CONSTRAINT fk_contribution_agreement_window
    FOREIGN KEY (fund_window) REFERENCES fund_window (code);

ALTER TABLE agreement_amendment ADD COLUMN registered_by VARCHAR(60) NOT NULL DEFAULT 'migration';
