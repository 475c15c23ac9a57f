-- The review queue: one task per message awaiting a decision, claimed with a lease.
CREATE TABLE review_task
(
    message_id      UUID PRIMARY KEY,
    facility_id     UUID        NOT NULL,
    risk_score      INT         NOT NULL,
    submitted_at    TIMESTAMPTZ NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    claimed_by      UUID,
    claimed_until   TIMESTAMPTZ,
    decided_at      TIMESTAMPTZ
);
CREATE INDEX review_task_queue_idx ON review_task (facility_id, risk_score DESC, submitted_at) WHERE decided_at IS NULL;
CREATE INDEX review_task_overdue_idx ON review_task (facility_id, due_at) WHERE decided_at IS NULL;
CREATE INDEX review_task_holder_idx ON review_task (claimed_by) WHERE decided_at IS NULL;

-- Every decision, once per message: who (or the system), when, what and why. Never changed.
CREATE TABLE review_decision
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id    UUID        NOT NULL UNIQUE,
    facility_id   UUID        NOT NULL,
    decision      TEXT        NOT NULL CHECK (decision IN ('APPROVE', 'REJECT')),
    reason_code   TEXT,
    note          TEXT,
    reviewer_id   UUID,
    reviewer_name TEXT        NOT NULL,
    submitted_at  TIMESTAMPTZ NOT NULL,
    decided_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_decision_facility_idx ON review_decision (facility_id, decided_at);

CREATE FUNCTION review_decision_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'review_decision is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER review_decision_append_only BEFORE UPDATE OR DELETE ON review_decision
    FOR EACH ROW EXECUTE FUNCTION review_decision_is_append_only();
