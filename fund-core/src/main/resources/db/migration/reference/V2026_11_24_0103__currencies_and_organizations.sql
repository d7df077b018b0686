-- Currencies the fund's contributors pay in (ISO 4217, with minor units).
INSERT INTO currency (code, name, minor_units) VALUES ('USD', 'US Dollar', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('EUR', 'Euro', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('GBP', 'Pound Sterling', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('NOK', 'Norwegian Krone', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('SEK', 'Swedish Krona', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('DKK', 'Danish Krone', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('CHF', 'Swiss Franc', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('CAD', 'Canadian Dollar', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('AUD', 'Australian Dollar', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('JPY', 'Yen', 0);
INSERT INTO currency (code, name, minor_units) VALUES ('KRW', 'Won', 0);
INSERT INTO currency (code, name, minor_units) VALUES ('MAD', 'Moroccan Dirham', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('TRY', 'Turkish Lira', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('PHP', 'Philippine Peso', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('MXN', 'Mexican Peso', 2);
INSERT INTO currency (code, name, minor_units) VALUES ('KWD', 'Kuwaiti Dinar', 3);

-- Participating UN Organizations. The indirect support cost rate is the standard 7 % of direct costs.
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('IOM', 'IOM', 'International Organization for Migration', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNDP', 'UNDP', 'United Nations Development Programme', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNICEF', 'UNICEF', 'United Nations Children''s Fund', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('ILO', 'ILO', 'International Labour Organization', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNHCR', 'UNHCR', 'Office of the United Nations High Commissioner for Refugees', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNODC', 'UNODC', 'United Nations Office on Drugs and Crime', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNWOMEN', 'UN Women', 'United Nations Entity for Gender Equality and the Empowerment of Women', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('OHCHR', 'OHCHR', 'Office of the United Nations High Commissioner for Human Rights', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('WHO', 'WHO', 'World Health Organization', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNFPA', 'UNFPA', 'United Nations Population Fund', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNEP', 'UNEP', 'United Nations Environment Programme', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('FAO', 'FAO', 'Food and Agriculture Organization of the United Nations', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNHABITAT', 'UN-Habitat', 'United Nations Human Settlements Programme', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNESCO', 'UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 0.0700);
INSERT INTO participating_organization (code, acronym, name, isc_rate) VALUES ('UNDESA', 'UN DESA', 'United Nations Department of Economic and Social Affairs', 0.0700);
