-- Reference data of the fund: GCM objectives, guiding principles, thematic areas (with the objectives
-- they cluster, many-to-many, with validity dates so the Steering Committee can revise the clustering),
-- UN budget categories, currencies and Participating UN Organizations.
-- Portable SQL: the same file runs on Derby and PostgreSQL.

CREATE TABLE gcm_objective (
    objective_no INTEGER      NOT NULL,
    title        VARCHAR(300) NOT NULL,
    CONSTRAINT pk_gcm_objective PRIMARY KEY (objective_no),
    CONSTRAINT ck_gcm_objective_no CHECK (objective_no BETWEEN 1 AND 99)
);

CREATE TABLE guiding_principle (
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    sort_order INTEGER      NOT NULL,
    CONSTRAINT pk_guiding_principle PRIMARY KEY (code)
);

CREATE TABLE thematic_area (
    code       VARCHAR(10)  NOT NULL,
    name       VARCHAR(300) NOT NULL,
    sort_order INTEGER      NOT NULL,
    valid_from DATE         NOT NULL,
    valid_to   DATE,
    CONSTRAINT pk_thematic_area PRIMARY KEY (code),
    CONSTRAINT ck_thematic_area_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE thematic_area_objective (
    thematic_area_code VARCHAR(10) NOT NULL,
    objective_no       INTEGER     NOT NULL,
    CONSTRAINT pk_thematic_area_objective PRIMARY KEY (thematic_area_code, objective_no),
    CONSTRAINT fk_tao_area FOREIGN KEY (thematic_area_code) REFERENCES thematic_area (code),
    CONSTRAINT fk_tao_objective FOREIGN KEY (objective_no) REFERENCES gcm_objective (objective_no)
);

CREATE TABLE budget_category (
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    direct_cost BOOLEAN      NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT pk_budget_category PRIMARY KEY (code)
);

-- ISO 4217 currencies the fund receives contributions in; minor_units is the ISO exponent.
CREATE TABLE currency (
    code        CHAR(3)      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    minor_units SMALLINT     NOT NULL,
    CONSTRAINT pk_currency PRIMARY KEY (code),
    CONSTRAINT ck_currency_minor_units CHECK (minor_units BETWEEN 0 AND 4)
);

-- Participating UN Organizations: each has signed the standard MOU with the Administrative Agent.
CREATE TABLE participating_organization (
    code      VARCHAR(20)  NOT NULL,
    acronym   VARCHAR(20)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    isc_rate  DECIMAL(5,4) NOT NULL,
    CONSTRAINT pk_participating_org PRIMARY KEY (code),
    CONSTRAINT ck_participating_org_isc CHECK (isc_rate >= 0 AND isc_rate <= 0.07)
);
