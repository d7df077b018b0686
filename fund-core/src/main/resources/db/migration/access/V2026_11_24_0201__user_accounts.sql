-- Who may sign in, with which roles, and for which contributor or organization a user acts.
-- Passwords are stored only as PBKDF2 hashes ("pbkdf2-sha256$iterations$salt$hash").
-- A CONTRIBUTOR user is bound to exactly one contributor, a PUNO_REPORTER to exactly one PUNO.

CREATE TABLE user_account (
    username          VARCHAR(60)  NOT NULL,
    display_name      VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(200) NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    demo              BOOLEAN      NOT NULL,
    contributor_code  VARCHAR(20),
    organization_code VARCHAR(20),
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (username),
    CONSTRAINT fk_user_account_org FOREIGN KEY (organization_code) REFERENCES participating_organization (code)
);

CREATE TABLE user_role (
    username  VARCHAR(60) NOT NULL,
    role_name VARCHAR(30) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (username, role_name),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES user_account (username),
    CONSTRAINT ck_user_role_name CHECK (role_name IN
        ('CONTRIBUTOR', 'FUND_OFFICER', 'FUND_APPROVER', 'AA_FINANCE', 'PUNO_REPORTER', 'AUDITOR', 'ADMIN'))
);
