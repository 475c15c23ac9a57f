-- A reviewer's console settings, kept per staff account so they follow the reviewer to any workstation.
-- No row means the defaults: claim the next message by hand, single-key shortcuts on.
CREATE TABLE reviewer_settings
(
    staff_id                  UUID PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    claim_next_after_decision BOOLEAN     NOT NULL,
    single_key_shortcuts      BOOLEAN     NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL
);
