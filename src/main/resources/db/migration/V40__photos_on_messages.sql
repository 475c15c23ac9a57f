-- Photos attached to messages. A photo keeps what its readers and reviewers need without asking the
-- messaging module: the recipient's facility (whose staff may read it, and against whose rejected photos a
-- new one is compared), the person it was sent to, its place in the message, its own review outcome, and
-- whether it looked like a photo rejected at that facility when it was attached.
ALTER TABLE photo
    ADD COLUMN facility_id         UUID,
    ADD COLUMN recipient_id        UUID,
    ADD COLUMN position            INT,
    ADD COLUMN reason_code         TEXT,
    ADD COLUMN similar_to_rejected BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN decided_at          TIMESTAMPTZ;
ALTER TABLE photo ADD CONSTRAINT photo_attached_as_a_whole CHECK (
    (status = 'UPLOADED' AND message_id IS NULL AND facility_id IS NULL AND recipient_id IS NULL AND position IS NULL)
    OR (status <> 'UPLOADED' AND message_id IS NOT NULL AND facility_id IS NOT NULL AND recipient_id IS NOT NULL
        AND position IS NOT NULL));
ALTER TABLE photo ADD CONSTRAINT photo_reason_only_when_rejected CHECK ((status = 'REJECTED') = (reason_code IS NOT NULL));
CREATE UNIQUE INDEX photo_message_position_idx ON photo (message_id, position) WHERE message_id IS NOT NULL;
CREATE INDEX photo_rejected_idx ON photo (facility_id, decided_at) WHERE status = 'REJECTED';
CREATE INDEX photo_unsent_idx ON photo (created_at) WHERE status = 'UPLOADED';
CREATE INDEX photo_unsent_uploader_idx ON photo (uploader_id) WHERE status = 'UPLOADED';

-- A message may be photos only: no text, no characters, no text units (its cost is its photos').
ALTER TABLE message DROP CONSTRAINT message_characters_check;
ALTER TABLE message ADD CONSTRAINT message_characters_check CHECK (characters >= 0);
ALTER TABLE message DROP CONSTRAINT message_units_check;
ALTER TABLE message ADD CONSTRAINT message_units_check CHECK (units >= 0);
