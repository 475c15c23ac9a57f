-- Attorneys who applied to write privileged legal mail. One live (PENDING or APPROVED) registration per
-- account. agency_id: the agency whose facility admins may see and decide it (from the facility the
-- applicant named; null: only platform admins). everywhere: approved by a platform admin, so the
-- privilege holds at every facility; otherwise only at the facilities of agency_id.
CREATE TABLE legal_registration
(
    id              UUID PRIMARY KEY,
    account_id      UUID        NOT NULL,
    bar_number      TEXT        NOT NULL,
    bar_state       TEXT        NOT NULL,
    firm            TEXT        NOT NULL,
    phone           TEXT        NOT NULL,
    agency_id       UUID,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DENIED')),
    everywhere      BOOLEAN     NOT NULL DEFAULT FALSE,
    applied_at      TIMESTAMPTZ NOT NULL,
    recheck_on      DATE,
    decided_by      UUID,
    decided_by_name TEXT,
    decided_at      TIMESTAMPTZ,
    reason          TEXT,
    CHECK (status <> 'APPROVED' OR recheck_on IS NOT NULL)
);
CREATE UNIQUE INDEX legal_registration_live_idx ON legal_registration (account_id)
    WHERE status IN ('PENDING', 'APPROVED');
CREATE INDEX legal_registration_status_idx ON legal_registration (status, applied_at);

-- Every status a registration took: who, when, why. Never changed.
CREATE TABLE legal_registration_history
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    registration_id UUID        NOT NULL REFERENCES legal_registration (id),
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DENIED')),
    at              TIMESTAMPTZ NOT NULL,
    by_id           UUID        NOT NULL,
    by_name         TEXT        NOT NULL,
    by_role         TEXT        NOT NULL,
    agency_id       UUID,
    everywhere      BOOLEAN     NOT NULL,
    recheck_on      DATE,
    reason          TEXT
);
CREATE INDEX legal_registration_history_idx ON legal_registration_history (registration_id, id);

CREATE FUNCTION legal_registration_history_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'legal_registration_history is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER legal_registration_history_append_only BEFORE UPDATE OR DELETE ON legal_registration_history
    FOR EACH ROW EXECUTE FUNCTION legal_registration_history_is_append_only();

-- A facility admin's suspension of a legal sender's privilege at their facility. Lifting keeps the row.
CREATE TABLE legal_suspension
(
    id                UUID PRIMARY KEY,
    account_id        UUID        NOT NULL,
    facility_id       UUID        NOT NULL,
    reason            TEXT        NOT NULL,
    suspended_by      UUID        NOT NULL,
    suspended_by_name TEXT        NOT NULL,
    suspended_at      TIMESTAMPTZ NOT NULL,
    lifted_by         UUID,
    lifted_by_name    TEXT,
    lifted_at         TIMESTAMPTZ
);
CREATE UNIQUE INDEX legal_suspension_live_idx ON legal_suspension (account_id, facility_id) WHERE lifted_at IS NULL;
