-- When each reset link was sent (at most three an hour per account) and when it stopped working
-- because a newer link was used or the password changed another way.
ALTER TABLE password_reset ADD COLUMN created_at TIMESTAMPTZ;
UPDATE password_reset SET created_at = expires_at - INTERVAL '1 hour';
ALTER TABLE password_reset ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE password_reset ADD COLUMN revoked_at TIMESTAMPTZ;
CREATE INDEX password_reset_recent_idx ON password_reset (account_id, created_at);

-- Requests for a reset link waiting to be handled. The request itself only adds a row here, whether
-- or not the address has an account, so neither its answer nor its timing tells the two apart; the
-- row is handled (and deleted) after the answer has gone.
CREATE TABLE password_reset_request
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);
