-- A roster row of one facility naming someone held at another facility of the agency. The person is
-- moved only when the holding facility (or a platform admin) confirms; until then nothing of the
-- person changes. The names are what the requesting facility's file said, shown to the holding
-- facility so a mismatch is seen; the PIN is kept only as a hash and dropped once decided.
CREATE TABLE transfer_request
(
    id               UUID PRIMARY KEY,
    inmate_id        UUID        NOT NULL REFERENCES inmate (id),
    from_facility_id UUID        NOT NULL REFERENCES facility (id),
    to_facility_id   UUID        NOT NULL REFERENCES facility (id),
    first_name       TEXT        NOT NULL,
    last_name        TEXT        NOT NULL,
    housing_unit     TEXT,
    pin_hash         TEXT,
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'DECLINED', 'WITHDRAWN')),
    requested_by     UUID        NOT NULL,
    requested_at     TIMESTAMPTZ NOT NULL,
    decided_by       UUID,
    decided_by_name  TEXT,
    decided_at       TIMESTAMPTZ,
    reason           TEXT,
    CHECK (from_facility_id <> to_facility_id)
);
-- One open request per person: a second facility asking for them meanwhile is told who asked first.
CREATE UNIQUE INDEX transfer_request_pending_idx ON transfer_request (inmate_id) WHERE status = 'PENDING';
CREATE INDEX transfer_request_from_idx ON transfer_request (from_facility_id, status, requested_at);
CREATE INDEX transfer_request_to_idx ON transfer_request (to_facility_id, status, requested_at);
