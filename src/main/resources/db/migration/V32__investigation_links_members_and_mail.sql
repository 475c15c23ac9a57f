-- What the processor calls the card (its fingerprint: the same for every charge to one card number),
-- kept only as a SHA-256 hash, so investigators can see accounts paying with one card.
ALTER TABLE payment ADD COLUMN card_fingerprint TEXT CHECK (card_fingerprint ~ '^[0-9a-f]{64}$');
CREATE INDEX payment_card_fingerprint_idx ON payment (card_fingerprint) WHERE card_fingerprint IS NOT NULL;

-- Accounts sharing an email domain that only they use are linked for investigators.
CREATE INDEX account_email_domain_idx ON account (lower(split_part(email, '@', 2)));

-- Investigators the opener added to a case: they see and use it as the opener does.
CREATE TABLE investigation_member
(
    case_id    UUID        NOT NULL REFERENCES investigation_case (id),
    staff_id   UUID        NOT NULL,
    username   TEXT        NOT NULL,
    full_name  TEXT        NOT NULL,
    added_by   UUID        NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, staff_id)
);
CREATE INDEX investigation_member_staff_idx ON investigation_member (staff_id);

-- When a case's investigators were last told of new alerts: at most one email per case per hour.
CREATE TABLE investigation_alert_mail
(
    case_id   UUID PRIMARY KEY REFERENCES investigation_case (id),
    mailed_at TIMESTAMPTZ NOT NULL
);

-- The weekly oversight summary each facility admin was sent, so a week is mailed once whichever
-- instance runs the job.
CREATE TABLE investigation_summary_sent
(
    staff_id   UUID        NOT NULL,
    week_start DATE        NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (staff_id, week_start)
);
