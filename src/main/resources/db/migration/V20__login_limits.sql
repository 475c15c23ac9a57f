-- Login attempts are counted when they start, before the password is checked, so parallel guesses
-- cannot outrun the count; an attempt that turns out right gives its count back. See LoginThrottle.

-- Failed logins per client address (IPv6 by /64) in a window that starts with the first failure.
-- Kept in the database so that every instance of the service counts the same failures.
CREATE TABLE login_source
(
    source_key   TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    failures     INT         NOT NULL
);
CREATE INDEX login_source_window_idx ON login_source (window_start);

-- Recent failed logins naming someone of a facility, to notice attempts across many people.
CREATE TABLE facility_login_failure
(
    facility_id UUID        NOT NULL,
    login_key   TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX facility_login_failure_idx ON facility_login_failure (facility_id, at);

-- When a facility's admins were last told about such attempts: at most once per window.
CREATE TABLE facility_login_alert
(
    facility_id UUID PRIMARY KEY,
    alerted_at  TIMESTAMPTZ NOT NULL
);

-- The networks (CIDR) of a facility's kiosks and tablets, as a JSON list; empty: none declared.
ALTER TABLE facility ADD COLUMN kiosk_networks TEXT NOT NULL DEFAULT '[]';

-- Where staff get alerts (optional).
ALTER TABLE staff ADD COLUMN email TEXT;
