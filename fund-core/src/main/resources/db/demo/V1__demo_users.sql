-- DEMO DATA ONLY. Applied when fund.demo-data=true (run profile, tests); a production start refuses
-- a database holding these accounts (ProductionSafetyCheck). Every demo user's password is 'demo-pass-2026'.

INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('admin', 'Demo administrator', 'pbkdf2-sha256$600000$ZwlPvGaqTF3SdDqlD/YMuA$8ZjypQ9mwOevdkT5fGG0KeVxsCFdQG/SRcm5k/AxkY0', TRUE, TRUE, NULL, NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('admin', 'ADMIN');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('officer', 'Amina Diallo (Fund Management Unit)', 'pbkdf2-sha256$600000$mHFSs9BJ+KjFm/JRE8VUUA$3fsg7NIYLwDdCmKnkhQguQEds1sz9iFdOPWFNHd+/Js', TRUE, TRUE, NULL, NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('officer', 'FUND_OFFICER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('approver', 'Lars Eriksen (Fund Management Unit approver)', 'pbkdf2-sha256$600000$5nOOc3nXrj5pcvu0oTX/gA$MEfOJqLgkWYvMQUGjP5gzzWKhBqFwrlTcoFnZAznhws', TRUE, TRUE, NULL, NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('approver', 'FUND_APPROVER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('finance', 'Maria Gonzalez (MPTF Office finance)', 'pbkdf2-sha256$600000$ueeO5s6ZbtKx7qKap/oHNQ$pmA4TUqxONPLQz7FTvsGTfYU5NyNjtzbymAoicKdpPQ', TRUE, TRUE, NULL, NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('finance', 'AA_FINANCE');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('finance2', 'Kenji Watanabe (MPTF Office finance, verifier)', 'pbkdf2-sha256$600000$l8Lifgp543/sbeMNn+j+dQ$Oknw8osum4X6+FU0mQ8IVLFS6sI13TiVRgYEBT7/+Lg', TRUE, TRUE, NULL, NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('finance2', 'AA_FINANCE');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('iom.reporter', 'IOM financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'IOM', 1);
INSERT INTO user_role (username, role_name) VALUES ('iom.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('auditor', 'Board of Auditors (read-only)', 'pbkdf2-sha256$600000$xnEvDrJxZePaXSBLpix7TA$5GAjXzP4G/j3IzD9EaTUNWlYyg5dSnNA5AY8FqqKeTM', TRUE, TRUE, NULL, NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('auditor', 'AUDITOR');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('deu.donor', 'Germany, Federal Foreign Office', 'pbkdf2-sha256$600000$inLNanTB6vorUNdyjWF+xw$ikGWE8hWpPyz2P/CNAZ7yBNVg/7+g+lvGC9H3wuDbqs', TRUE, TRUE, 'DEU', NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('deu.donor', 'CONTRIBUTOR');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('nor.donor', 'Norway, Ministry of Foreign Affairs', 'pbkdf2-sha256$600000$f/IboRlYDIfNATH2LnznFg$fYIgIYR9QHA/dI496NzwpdxnZ18PZ2lk3uxTwafiEsY', TRUE, TRUE, 'NOR', NULL, 1);
INSERT INTO user_role (username, role_name) VALUES ('nor.donor', 'CONTRIBUTOR');
