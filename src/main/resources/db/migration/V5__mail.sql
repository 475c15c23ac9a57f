-- Outgoing mail is written in the transaction that causes it and sent afterwards, so a crash neither
-- loses it nor sends it for something that was rolled back.
CREATE TABLE outbound_mail
(
    id              UUID PRIMARY KEY,
    to_address      TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT
);
CREATE INDEX outbound_mail_pending_idx ON outbound_mail (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbound_mail_to_idx ON outbound_mail (lower(to_address), created_at DESC);
