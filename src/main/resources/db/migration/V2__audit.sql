-- Append-only record of what staff and the security layer did. Rows can be added, never changed.
CREATE TABLE audit_event
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor_id    TEXT,
    actor_name  TEXT,
    actor_role  TEXT,
    action      TEXT        NOT NULL,
    target      TEXT,
    outcome     TEXT        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    source_ip   TEXT,
    facility_id UUID,
    agency_id   UUID,
    detail      TEXT
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
CREATE INDEX audit_event_facility_idx ON audit_event (facility_id, at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
