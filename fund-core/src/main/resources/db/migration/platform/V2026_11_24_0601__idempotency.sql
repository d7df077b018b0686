-- Idempotency keys of money-moving requests (IETF draft "The Idempotency-Key HTTP Header Field").
-- A key is the caller's own; it is stored in the same transaction as the postings it guards, with
-- the fingerprint of the request and the answer given, so a retry replays that answer.

CREATE TABLE idempotency_record (
    caller        VARCHAR(60)   NOT NULL,
    idem_key      VARCHAR(100)  NOT NULL,
    operation     VARCHAR(200)  NOT NULL,
    request_hash  CHAR(64)      NOT NULL,
    status_code   INTEGER       NOT NULL,
    location      VARCHAR(300),
    response_body VARCHAR(8000) NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (caller, idem_key)
);
