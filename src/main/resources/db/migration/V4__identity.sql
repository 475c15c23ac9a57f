-- Public accounts: family, friends, attorneys, clergy. Email is unique regardless of case.
CREATE TABLE account
(
    id             UUID PRIMARY KEY,
    email          TEXT        NOT NULL,
    password_hash  TEXT        NOT NULL,
    full_name      TEXT        NOT NULL,
    email_verified BOOLEAN     NOT NULL DEFAULT FALSE,
    locale         TEXT        NOT NULL DEFAULT 'en',
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX account_email_idx ON account (lower(email));

-- Single-use email verification tokens; only a SHA-256 hash is kept.
CREATE TABLE email_verification
(
    token_hash BYTEA PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (id),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX email_verification_account_idx ON email_verification (account_id);

-- Staff: facility-scoped (REVIEWER, FACILITY_ADMIN), agency-scoped (INVESTIGATOR) or global (PLATFORM_ADMIN).
CREATE TABLE staff
(
    id            UUID PRIMARY KEY,
    username      TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    full_name     TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('REVIEWER', 'FACILITY_ADMIN', 'INVESTIGATOR', 'PLATFORM_ADMIN')),
    facility_id   UUID,
    agency_id     UUID,
    created_at    TIMESTAMPTZ NOT NULL,
    created_by    UUID,
    CHECK ((role = 'PLATFORM_ADMIN' AND facility_id IS NULL AND agency_id IS NULL)
        OR (role = 'INVESTIGATOR' AND facility_id IS NULL AND agency_id IS NOT NULL)
        OR (role IN ('REVIEWER', 'FACILITY_ADMIN') AND facility_id IS NOT NULL AND agency_id IS NOT NULL))
);
CREATE UNIQUE INDEX staff_username_idx ON staff (lower(username));

-- API tokens for every kind of caller; only a SHA-256 hash of the token is kept. A token expires at
-- expires_at, or earlier when unused for idle_timeout_seconds (where set).
CREATE TABLE api_token
(
    token_hash           BYTEA PRIMARY KEY,
    subject_id           UUID        NOT NULL,
    subject_name         TEXT        NOT NULL,
    role                 TEXT        NOT NULL,
    facility_id          UUID,
    agency_id            UUID,
    issued_at            TIMESTAMPTZ NOT NULL,
    last_used_at         TIMESTAMPTZ NOT NULL,
    idle_timeout_seconds INT,
    expires_at           TIMESTAMPTZ NOT NULL,
    revoked_at           TIMESTAMPTZ
);
CREATE INDEX api_token_subject_idx ON api_token (subject_id);
CREATE INDEX api_token_expires_idx ON api_token (expires_at);

-- Consecutive login failures per login name ("user:<name>" or "inmate:<facility>:<number>"),
-- kept for names that do not exist too, so a lockout reveals nothing.
CREATE TABLE login_throttle
(
    login_key            TEXT PRIMARY KEY,
    consecutive_failures INT NOT NULL,
    locked_until         TIMESTAMPTZ
);
