-- Term lists for the automated screen: per agency, with additions per facility. Terms are never
-- deleted, only retired, so the list a message was screened against can be told from its version.
CREATE TABLE screening_term
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id   UUID        NOT NULL,
    facility_id UUID,
    category    TEXT        NOT NULL,
    term        TEXT        NOT NULL,
    added_by    TEXT        NOT NULL,
    added_at    TIMESTAMPTZ NOT NULL,
    retired_by  TEXT,
    retired_at  TIMESTAMPTZ
);
CREATE INDEX screening_term_scope_idx ON screening_term (agency_id, facility_id) WHERE retired_at IS NULL;
CREATE UNIQUE INDEX screening_term_live_idx ON screening_term (agency_id, COALESCE(facility_id, '00000000-0000-0000-0000-000000000000'), category, lower(term))
    WHERE retired_at IS NULL;

-- Bumped with every change of an agency's lists (its facilities' additions included).
CREATE TABLE screening_list_version
(
    agency_id UUID PRIMARY KEY,
    version   BIGINT NOT NULL
);
