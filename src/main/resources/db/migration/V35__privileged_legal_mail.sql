-- Privileged legal mail (issue 13). The message row keeps only what staff may know: who, to whom, when,
-- how long, what it cost. Its body is stored as '' (so the V30 search vector is empty) and the letter
-- itself lives in privileged_letter, which only the legal module reads. The check is NOT VALID so that
-- adding it does not scan the archive: every existing row is non-privileged, and new rows are checked.
ALTER TABLE message
    ADD COLUMN privileged BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE message
    ADD CONSTRAINT message_privileged_body_apart CHECK (NOT privileged OR body = '') NOT VALID;

-- Volume per legal contact (facility admins): privileged messages only, newest per contact.
CREATE INDEX message_privileged_idx ON message (facility_id, contact_id, submitted_at) WHERE privileged;

-- The letters. on_paper: a letter to a person at a paper facility, waiting for a legal print batch.
-- erased_at: retention removed the body; the row stays as the legal module's tombstone.
CREATE TABLE privileged_letter
(
    message_id  UUID PRIMARY KEY,
    account_id  UUID        NOT NULL,
    inmate_id   UUID        NOT NULL,
    facility_id UUID        NOT NULL,
    direction   TEXT        NOT NULL CHECK (direction IN ('TO_INMATE', 'FROM_INMATE')),
    body        TEXT        NOT NULL,
    stored_at   TIMESTAMPTZ NOT NULL,
    on_paper    BOOLEAN     NOT NULL,
    erased_at   TIMESTAMPTZ
);
CREATE INDEX privileged_letter_account_idx ON privileged_letter (account_id);
CREATE INDEX privileged_letter_inmate_idx ON privileged_letter (inmate_id);
CREATE INDEX privileged_letter_paper_idx ON privileged_letter (facility_id, stored_at) WHERE on_paper;

-- Legal print batches for paper facilities, apart from the ordinary ones: one per housing unit, each
-- letter in exactly one batch (the unique key), handed out sealed in the presence of the addressee.
CREATE TABLE legal_print_batch
(
    id                  UUID PRIMARY KEY,
    facility_id         UUID        NOT NULL,
    housing_unit        TEXT        NOT NULL,
    letter_count        INT         NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          UUID        NOT NULL,
    downloads           INT         NOT NULL DEFAULT 0,
    first_downloaded_at TIMESTAMPTZ,
    confirmed_at        TIMESTAMPTZ,
    confirmed_by        UUID
);
CREATE INDEX legal_print_batch_facility_idx ON legal_print_batch (facility_id, created_at DESC);

CREATE TABLE legal_print_batch_item
(
    batch_id   UUID NOT NULL REFERENCES legal_print_batch (id),
    message_id UUID NOT NULL UNIQUE REFERENCES privileged_letter (message_id),
    PRIMARY KEY (batch_id, message_id)
);
