-- The policy markers every joint programme carries: the Fund's gender marker and its human rights
-- marker ("the first of its kind among UN pooled funds"). The scales are not published in full
-- (domain-notes 1.4, [M]): the UNSDG-style 0 / 1 / 2a / 2b is kept for both, as editable data.
CREATE TABLE policy_marker (
    scheme     VARCHAR(20)  NOT NULL,
    code       VARCHAR(10)  NOT NULL,
    label      VARCHAR(300) NOT NULL,
    sort_order INTEGER      NOT NULL,
    CONSTRAINT pk_policy_marker PRIMARY KEY (scheme, code),
    CONSTRAINT ck_policy_marker_scheme CHECK (scheme IN ('GENDER', 'HUMAN_RIGHTS'))
);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('GENDER', '0', 'Not expected to contribute to gender equality', 1);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('GENDER', '1', 'Contributes to gender equality in a limited way', 2);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('GENDER', '2a', 'Gender equality is a significant objective', 3);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('GENDER', '2b', 'Gender equality is the principal objective', 4);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('HUMAN_RIGHTS', '0', 'Not expected to contribute to human rights', 1);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('HUMAN_RIGHTS', '1', 'Contributes to human rights in a limited way', 2);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('HUMAN_RIGHTS', '2a', 'Human rights are a significant objective', 3);
INSERT INTO policy_marker (scheme, code, label, sort_order) VALUES ('HUMAN_RIGHTS', '2b', 'Human rights are the principal objective', 4);
