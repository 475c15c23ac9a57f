-- Invitations from inside are held for staff where the facility says so or the screen flags the name;
-- the code (and its expiry) exists only once the email goes out.
ALTER TABLE facility ADD COLUMN invitations_per_day INT NOT NULL DEFAULT 5 CHECK (invitations_per_day BETWEEN 1 AND 100);

ALTER TABLE contact_invitation ALTER COLUMN code_hash DROP NOT NULL;
ALTER TABLE contact_invitation ALTER COLUMN expires_at DROP NOT NULL;
ALTER TABLE contact_invitation DROP CONSTRAINT contact_invitation_status_check;
ALTER TABLE contact_invitation ADD CONSTRAINT contact_invitation_status_check
    CHECK (status IN ('AWAITING_APPROVAL', 'SENT', 'ACCEPTED', 'DECLINED', 'REFUSED'));
-- The language the person inside used: the email is written in it, also when staff release it later.
ALTER TABLE contact_invitation ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
-- Why it waits for staff (facility policy, or what the screen found in the name).
ALTER TABLE contact_invitation ADD COLUMN held_because TEXT;
ALTER TABLE contact_invitation ADD COLUMN decided_by UUID;
ALTER TABLE contact_invitation ADD COLUMN decided_at TIMESTAMPTZ;
ALTER TABLE contact_invitation ADD COLUMN decision_reason TEXT;
ALTER TABLE contact_invitation ADD COLUMN sent_at TIMESTAMPTZ;
CREATE INDEX contact_invitation_facility_status_idx ON contact_invitation (facility_id, status, created_at);
