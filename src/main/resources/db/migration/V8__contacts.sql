-- Who may write to whom. A contact pairs a public account with a person in custody; its stored status
-- is the decision (PENDING, APPROVED, DENIED, CLOSED). Blocks and suspensions sit beside it and end
-- by themselves or by their author, so the status shown is worked out when read.
CREATE TABLE contact
(
    id                UUID PRIMARY KEY,
    account_id        UUID        NOT NULL,
    inmate_id         UUID        NOT NULL,
    facility_id       UUID        NOT NULL,
    relationship      TEXT        NOT NULL CHECK (relationship IN ('PARENT', 'CHILD', 'SPOUSE', 'PARTNER', 'SIBLING',
                                                                    'OTHER_FAMILY', 'FRIEND', 'ATTORNEY', 'CLERGY', 'OTHER')),
    status            TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DENIED', 'CLOSED')),
    status_reason     TEXT,
    origin            TEXT        NOT NULL CHECK (origin IN ('FAMILY_REQUEST', 'INMATE_INVITATION')),
    blocked_by        TEXT CHECK (blocked_by IN ('FAMILY', 'INMATE')),
    suspended_until   TIMESTAMPTZ,
    suspension_reason TEXT,
    requested_at      TIMESTAMPTZ NOT NULL,
    decided_at        TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL
);
-- One open request or approved contact per pair.
CREATE UNIQUE INDEX contact_open_pair_idx ON contact (account_id, inmate_id) WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX contact_facility_status_idx ON contact (facility_id, status, requested_at);
CREATE INDEX contact_inmate_idx ON contact (inmate_id, status);
CREATE INDEX contact_account_idx ON contact (account_id, requested_at);

-- Every change of a contact, who made it and why; never changed afterwards.
CREATE TABLE contact_history
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id   UUID        NOT NULL REFERENCES contact (id),
    at           TIMESTAMPTZ NOT NULL,
    actor_role   TEXT        NOT NULL,
    actor_id     UUID,
    actor_name   TEXT,
    action       TEXT        NOT NULL,
    reason       TEXT
);
CREATE INDEX contact_history_contact_idx ON contact_history (contact_id, id);

CREATE FUNCTION contact_history_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'contact_history is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER contact_history_append_only BEFORE UPDATE OR DELETE ON contact_history
    FOR EACH ROW EXECUTE FUNCTION contact_history_is_append_only();

-- A disciplinary stop on all of a person's correspondence until a date.
CREATE TABLE correspondence_restriction
(
    inmate_id UUID PRIMARY KEY,
    until     TIMESTAMPTZ NOT NULL,
    reason    TEXT        NOT NULL,
    set_by    UUID        NOT NULL,
    set_at    TIMESTAMPTZ NOT NULL
);

-- An invitation sent from inside to someone outside; the code travels by email, only its hash is kept.
CREATE TABLE contact_invitation
(
    id           UUID PRIMARY KEY,
    inmate_id    UUID        NOT NULL,
    facility_id  UUID        NOT NULL,
    email        TEXT        NOT NULL,
    full_name    TEXT        NOT NULL,
    relationship TEXT        NOT NULL,
    code_hash    BYTEA       NOT NULL UNIQUE,
    status       TEXT        NOT NULL CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED')),
    expires_at   TIMESTAMPTZ NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    answered_at  TIMESTAMPTZ,
    contact_id   UUID REFERENCES contact (id)
);
CREATE INDEX contact_invitation_inmate_idx ON contact_invitation (inmate_id, created_at DESC);
