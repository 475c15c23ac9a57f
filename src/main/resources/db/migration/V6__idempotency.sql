-- Idempotency keys (CONTRACT.md, "Conventions"): the first answer to a keyed request, kept so a retry
-- gets the same answer and changes nothing. Scoped to the caller; the fingerprint covers method, path
-- and body, so the same key with another body is refused.
CREATE TABLE idempotency_key
(
    owner_id        UUID        NOT NULL,
    key             TEXT        NOT NULL,
    fingerprint     BYTEA       NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('IN_PROGRESS', 'DONE')),
    response_status INT,
    response_body   TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (owner_id, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
