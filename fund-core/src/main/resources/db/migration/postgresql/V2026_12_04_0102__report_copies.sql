-- The bytes of each certified report, kept the first time it is generated and served from here ever
-- after (Derby has its own file, same version: BLOB there, BYTEA here). Register and copies are
-- append-only.
CREATE TABLE report_copy (
    report     VARCHAR(40)  NOT NULL,
    parameters VARCHAR(200) NOT NULL,
    format     VARCHAR(10)  NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    content    BYTEA        NOT NULL,
    CONSTRAINT pk_report_copy PRIMARY KEY (report, parameters, format)
);

CREATE TRIGGER report_register_append_only BEFORE UPDATE OR DELETE ON report_register
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
CREATE TRIGGER report_copy_append_only BEFORE UPDATE OR DELETE ON report_copy
    FOR EACH ROW EXECUTE FUNCTION fund_refuse_change();
