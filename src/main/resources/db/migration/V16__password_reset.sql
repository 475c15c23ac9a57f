-- Single-use password reset links; only a hash of the token is kept, and it lasts an hour.
CREATE TABLE password_reset
(
    token_hash BYTEA PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (id),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX password_reset_account_idx ON password_reset (account_id);
