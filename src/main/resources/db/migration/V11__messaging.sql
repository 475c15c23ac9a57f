-- Messages in both directions. A message's charge (if any) is held in the wallet module under
-- charge_reference until the message is delivered (settled) or rejected/withdrawn (refunded).
CREATE TABLE message
(
    id                UUID PRIMARY KEY,
    contact_id        UUID        NOT NULL,
    direction         TEXT        NOT NULL CHECK (direction IN ('TO_INMATE', 'FROM_INMATE')),
    account_id        UUID        NOT NULL,
    inmate_id         UUID        NOT NULL,
    facility_id       UUID        NOT NULL,
    agency_id         UUID        NOT NULL,
    body              TEXT        NOT NULL,
    characters        INT         NOT NULL CHECK (characters > 0),
    units             INT         NOT NULL CHECK (units > 0),
    cost_cents        BIGINT      NOT NULL CHECK (cost_cents >= 0),
    currency          TEXT        NOT NULL,
    charge_reference  TEXT,
    status            TEXT        NOT NULL CHECK (status IN ('IN_REVIEW', 'APPROVED', 'DELIVERED', 'READ', 'REJECTED',
                                                             'WITHDRAWN')),
    risk_score        INT         NOT NULL,
    screening_flags   TEXT        NOT NULL,
    screening_version BIGINT      NOT NULL,
    submitted_at      TIMESTAMPTZ NOT NULL,
    decided_at        TIMESTAMPTZ,
    delivered_at      TIMESTAMPTZ,
    read_at           TIMESTAMPTZ,
    rejection_code    TEXT
);
CREATE INDEX message_thread_idx ON message (contact_id, submitted_at);
CREATE INDEX message_inbox_idx ON message (inmate_id, delivered_at DESC)
    WHERE direction = 'TO_INMATE' AND status IN ('DELIVERED', 'READ');
CREATE INDEX message_awaiting_print_idx ON message (facility_id, submitted_at) WHERE status = 'APPROVED';

-- One draft per contact and side, kept until sent or deleted: a kiosk session ending loses nothing.
CREATE TABLE draft
(
    contact_id UUID        NOT NULL,
    side       TEXT        NOT NULL CHECK (side IN ('FAMILY', 'INMATE')),
    body       TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contact_id, side)
);
