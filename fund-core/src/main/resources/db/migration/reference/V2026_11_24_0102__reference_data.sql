-- Reference data of the Migration MPTF, generated from shared/reference/*.csv.
-- The Arquillian test ReferenceDataIT compares these rows with the CSV files row by row.

-- The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
INSERT INTO gcm_objective (objective_no, title) VALUES (1, 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies');
INSERT INTO gcm_objective (objective_no, title) VALUES (2, 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin');
INSERT INTO gcm_objective (objective_no, title) VALUES (3, 'Provide accurate and timely information at all stages of migration');
INSERT INTO gcm_objective (objective_no, title) VALUES (4, 'Ensure that all migrants have proof of legal identity and adequate documentation');
INSERT INTO gcm_objective (objective_no, title) VALUES (5, 'Enhance availability and flexibility of pathways for regular migration');
INSERT INTO gcm_objective (objective_no, title) VALUES (6, 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work');
INSERT INTO gcm_objective (objective_no, title) VALUES (7, 'Address and reduce vulnerabilities in migration');
INSERT INTO gcm_objective (objective_no, title) VALUES (8, 'Save lives and establish coordinated international efforts on missing migrants');
INSERT INTO gcm_objective (objective_no, title) VALUES (9, 'Strengthen the transnational response to smuggling of migrants');
INSERT INTO gcm_objective (objective_no, title) VALUES (10, 'Prevent, combat and eradicate trafficking in persons in the context of international migration');
INSERT INTO gcm_objective (objective_no, title) VALUES (11, 'Manage borders in an integrated, secure and coordinated manner');
INSERT INTO gcm_objective (objective_no, title) VALUES (12, 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral');
INSERT INTO gcm_objective (objective_no, title) VALUES (13, 'Use migration detention only as a measure of last resort and work towards alternatives');
INSERT INTO gcm_objective (objective_no, title) VALUES (14, 'Enhance consular protection, assistance and cooperation throughout the migration cycle');
INSERT INTO gcm_objective (objective_no, title) VALUES (15, 'Provide access to basic services for migrants');
INSERT INTO gcm_objective (objective_no, title) VALUES (16, 'Empower migrants and societies to realize full inclusion and social cohesion');
INSERT INTO gcm_objective (objective_no, title) VALUES (17, 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration');
INSERT INTO gcm_objective (objective_no, title) VALUES (18, 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences');
INSERT INTO gcm_objective (objective_no, title) VALUES (19, 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries');
INSERT INTO gcm_objective (objective_no, title) VALUES (20, 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants');
INSERT INTO gcm_objective (objective_no, title) VALUES (21, 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration');
INSERT INTO gcm_objective (objective_no, title) VALUES (22, 'Establish mechanisms for the portability of social security entitlements and earned benefits');
INSERT INTO gcm_objective (objective_no, title) VALUES (23, 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration');

-- The Compact's 10 guiding principles
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('PEOPLE_CENTRED', 'People-centred', 1);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('INTERNATIONAL_COOPERATION', 'International cooperation', 2);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('NATIONAL_SOVEREIGNTY', 'National sovereignty', 3);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('RULE_OF_LAW', 'Rule of law and due process', 4);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('SUSTAINABLE_DEVELOPMENT', 'Sustainable development', 5);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('HUMAN_RIGHTS', 'Human rights', 6);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('GENDER_RESPONSIVE', 'Gender-responsive', 7);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('CHILD_SENSITIVE', 'Child-sensitive', 8);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('WHOLE_OF_GOVERNMENT', 'Whole-of-government approach', 9);
INSERT INTO guiding_principle (code, name, sort_order) VALUES ('WHOLE_OF_SOCIETY', 'Whole-of-society approach', 10);

-- The Fund's five thematic areas, valid from the Fund's establishment (May 2019) until revised
INSERT INTO thematic_area (code, name, sort_order, valid_from, valid_to) VALUES ('TA1', 'Promoting fact-based and data-driven migration discourse, policy and planning', 1, CAST('2019-05-10' AS DATE), NULL);
INSERT INTO thematic_area (code, name, sort_order, valid_from, valid_to) VALUES ('TA2', 'Protecting the human rights, safety and well-being of migrants, including through addressing drivers and mitigating situations of vulnerability in migration', 2, CAST('2019-05-10' AS DATE), NULL);
INSERT INTO thematic_area (code, name, sort_order, valid_from, valid_to) VALUES ('TA3', 'Addressing irregular migration, including through managing borders and combatting transnational crime', 3, CAST('2019-05-10' AS DATE), NULL);
INSERT INTO thematic_area (code, name, sort_order, valid_from, valid_to) VALUES ('TA4', 'Facilitating regular migration, decent work and enhancing the positive development effects of human mobility', 4, CAST('2019-05-10' AS DATE), NULL);
INSERT INTO thematic_area (code, name, sort_order, valid_from, valid_to) VALUES ('TA5', 'Improving the social inclusion and integration of migrants', 5, CAST('2019-05-10' AS DATE), NULL);

-- Which objectives each thematic area clusters (many-to-many: 13 and 23 appear in several areas)
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA1', 1);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA1', 3);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA1', 17);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA1', 23);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA2', 2);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA2', 7);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA2', 8);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA2', 12);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA2', 13);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA2', 23);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 9);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 10);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 11);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 13);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 14);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 21);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA3', 23);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 5);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 6);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 18);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 19);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 20);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 22);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA4', 23);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA5', 4);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA5', 15);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA5', 16);
INSERT INTO thematic_area_objective (thematic_area_code, objective_no) VALUES ('TA5', 23);

-- UN harmonised budget categories: seven direct categories and indirect support costs
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('1', 'Staff and other personnel costs', TRUE, 1);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('2', 'Supplies, commodities, materials', TRUE, 2);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('3', 'Equipment, vehicles and furniture, including depreciation', TRUE, 3);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('4', 'Contractual services', TRUE, 4);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('5', 'Travel', TRUE, 5);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('6', 'Transfers and grants to counterparts', TRUE, 6);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('7', 'General operating and other direct costs', TRUE, 7);
INSERT INTO budget_category (code, name, direct_cost, sort_order) VALUES ('ISC', 'Indirect support costs', FALSE, 8);
