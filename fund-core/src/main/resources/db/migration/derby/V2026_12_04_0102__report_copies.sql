-- The bytes of each certified report, kept the first time it is generated and served from here ever
-- after (PostgreSQL has its own file, same version: BYTEA there, BLOB here). Register and copies are
-- append-only.
CREATE TABLE report_copy (
    report     VARCHAR(40)  NOT NULL,
    parameters VARCHAR(200) NOT NULL,
    format     VARCHAR(10)  NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    content    BLOB(64M)    NOT NULL,
    CONSTRAINT pk_report_copy PRIMARY KEY (report, parameters, format)
);

CREATE TRIGGER report_register_no_update NO CASCADE BEFORE UPDATE ON report_register
    FOR EACH STATEMENT VALUES fund_refuse_change('report_register is append-only: UPDATE refused');
CREATE TRIGGER report_register_no_delete NO CASCADE BEFORE DELETE ON report_register
    FOR EACH STATEMENT VALUES fund_refuse_change('report_register is append-only: DELETE refused');
CREATE TRIGGER report_copy_no_update NO CASCADE BEFORE UPDATE ON report_copy
    FOR EACH STATEMENT VALUES fund_refuse_change('report_copy is append-only: UPDATE refused');
CREATE TRIGGER report_copy_no_delete NO CASCADE BEFORE DELETE ON report_copy
    FOR EACH STATEMENT VALUES fund_refuse_change('report_copy is append-only: DELETE refused');
