-- DEMO DATA ONLY. A reporter for each Participating UN Organization of the demo programmes (password
-- 'demo-pass-2026', the same stored hash as iom.reporter's), so each reports its own expenditure.
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('undp.reporter', 'UNDP financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'UNDP', 1);
INSERT INTO user_role (username, role_name) VALUES ('undp.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('unicef.reporter', 'UNICEF financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'UNICEF', 1);
INSERT INTO user_role (username, role_name) VALUES ('unicef.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('ilo.reporter', 'ILO financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'ILO', 1);
INSERT INTO user_role (username, role_name) VALUES ('ilo.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('unhcr.reporter', 'UNHCR financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'UNHCR', 1);
INSERT INTO user_role (username, role_name) VALUES ('unhcr.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('unodc.reporter', 'UNODC financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'UNODC', 1);
INSERT INTO user_role (username, role_name) VALUES ('unodc.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('unwomen.reporter', 'UNWOMEN financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'UNWOMEN', 1);
INSERT INTO user_role (username, role_name) VALUES ('unwomen.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('ohchr.reporter', 'OHCHR financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'OHCHR', 1);
INSERT INTO user_role (username, role_name) VALUES ('ohchr.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('who.reporter', 'WHO financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'WHO', 1);
INSERT INTO user_role (username, role_name) VALUES ('who.reporter', 'PUNO_REPORTER');
INSERT INTO user_account (username, display_name, password_hash, enabled, demo, contributor_code, organization_code, version) VALUES ('unfpa.reporter', 'UNFPA financial reporting', 'pbkdf2-sha256$600000$irpmmPUNQaVoR/YwXYPpYA$jxrEULeADNe+xbqtU9FA1O4ELgbCI9hCxYd1j0Y18Rs', TRUE, TRUE, NULL, 'UNFPA', 1);
INSERT INTO user_role (username, role_name) VALUES ('unfpa.reporter', 'PUNO_REPORTER');
