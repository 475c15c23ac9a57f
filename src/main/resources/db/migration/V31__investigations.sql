-- Investigation cases: opened by an investigator, decided by a second person (a facility admin of the
-- same agency), usable only while OPEN and before access_until. EXPIRED is worked out when read.
CREATE TABLE investigation_case
(
    id              UUID PRIMARY KEY,
    agency_id       UUID        NOT NULL,
    case_number     TEXT        NOT NULL,
    legal_basis     TEXT        NOT NULL,
    access_days     INT         NOT NULL CHECK (access_days BETWEEN 1 AND 90),
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'OPEN', 'DENIED', 'CLOSED')),
    opened_by       UUID        NOT NULL,
    opened_by_name  TEXT        NOT NULL,
    opened_at       TIMESTAMPTZ NOT NULL,
    decided_by      UUID,
    decided_by_name TEXT,
    decided_at      TIMESTAMPTZ,
    decision_reason TEXT,
    access_until    TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    UNIQUE (agency_id, case_number)
);
CREATE INDEX investigation_case_opener_idx ON investigation_case (opened_by, opened_at DESC);
CREATE INDEX investigation_case_agency_idx ON investigation_case (agency_id, status, opened_at);

-- Whom a case is about: a person in custody (facility and number) or an outside account (email).
CREATE TABLE investigation_subject
(
    case_id       UUID NOT NULL REFERENCES investigation_case (id),
    position      INT  NOT NULL,
    facility_id   UUID,
    facility_code TEXT,
    inmate_id     UUID,
    inmate_number TEXT,
    account_id    UUID,
    email         TEXT,
    PRIMARY KEY (case_id, position),
    CHECK ((inmate_id IS NOT NULL AND account_id IS NULL) OR (inmate_id IS NULL AND account_id IS NOT NULL))
);
CREATE INDEX investigation_subject_facility_idx ON investigation_subject (facility_id);

-- Every read through a case: searches with their query text, messages opened or exported, watch
-- entries, alerts and links read. facility_id is the one facility the access was limited to; null
-- means it reached across the agency. Never changed.
CREATE TABLE investigation_access
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                TIMESTAMPTZ NOT NULL,
    case_id           UUID        NOT NULL REFERENCES investigation_case (id),
    agency_id         UUID        NOT NULL,
    investigator_id   UUID        NOT NULL,
    investigator_name TEXT        NOT NULL,
    action            TEXT        NOT NULL CHECK (action IN ('SEARCH', 'VIEW', 'EXPORT', 'WATCH', 'ALERTS', 'LINKS')),
    query             TEXT,
    message_id        UUID,
    facility_id       UUID
);
CREATE INDEX investigation_access_agency_idx ON investigation_access (agency_id, id DESC);
CREATE INDEX investigation_access_case_idx ON investigation_access (case_id, id DESC);

CREATE FUNCTION investigation_access_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'investigation_access is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER investigation_access_append_only BEFORE UPDATE OR DELETE ON investigation_access
    FOR EACH ROW EXECUTE FUNCTION investigation_access_is_append_only();

-- Messages an investigator tagged into a case: the case's evidence, what an export holds.
CREATE TABLE investigation_item
(
    case_id    UUID        NOT NULL REFERENCES investigation_case (id),
    message_id UUID        NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL,
    added_by   UUID        NOT NULL,
    PRIMARY KEY (case_id, message_id)
);

-- What a case watches for: a TERM (held for review wherever it is written), a PERSON in custody or an
-- outside account by EMAIL (an alert only). A watch counts while its case is open and it is not removed.
CREATE TABLE investigation_watch
(
    id         UUID PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES investigation_case (id),
    agency_id  UUID        NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('TERM', 'PERSON', 'EMAIL')),
    value      TEXT        NOT NULL,
    inmate_id  UUID,
    account_id UUID,
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID        NOT NULL,
    removed_at TIMESTAMPTZ
);
CREATE INDEX investigation_watch_case_idx ON investigation_watch (case_id) WHERE removed_at IS NULL;
CREATE INDEX investigation_watch_term_idx ON investigation_watch (agency_id) WHERE kind = 'TERM' AND removed_at IS NULL;
CREATE INDEX investigation_watch_inmate_idx ON investigation_watch (inmate_id) WHERE removed_at IS NULL;
CREATE INDEX investigation_watch_account_idx ON investigation_watch (account_id) WHERE removed_at IS NULL;

-- A message that matched a watch; never changed.
CREATE TABLE investigation_alert
(
    id         UUID PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES investigation_case (id),
    watch_id   UUID        NOT NULL REFERENCES investigation_watch (id),
    message_id UUID        NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    kind       TEXT        NOT NULL,
    value      TEXT        NOT NULL
);
CREATE INDEX investigation_alert_case_idx ON investigation_alert (case_id, at DESC, id);
