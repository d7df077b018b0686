-- The audit trail: one row per write and per refused attempt that matters, append-only, hash-chained.
-- hash = SHA-256 over the row's fields and previous_hash, so altering or removing any row breaks the
-- chain from that row on. audit_chain_head serialises appends (one writer at a time) and keeps the
-- last sequence number and hash.

CREATE TABLE audit_event (
    seq           BIGINT        NOT NULL,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    actor_roles   VARCHAR(200)  NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    outcome       VARCHAR(10)   NOT NULL,
    subject_type  VARCHAR(40)   NOT NULL,
    subject_id    VARCHAR(60)   NOT NULL,
    detail        VARCHAR(500),
    before_state  VARCHAR(4000),
    after_state   VARCHAR(4000),
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (seq),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('DONE', 'REFUSED'))
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id);

CREATE TABLE audit_chain_head (
    id        INTEGER  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
