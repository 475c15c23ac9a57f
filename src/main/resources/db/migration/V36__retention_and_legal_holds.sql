-- Retention (issue 13): a message past its facility's retention period keeps a tombstone (ids, contact,
-- direction, dates, cost, status, charge reference: the ledger refers to it) with its body and screening
-- flags cleared; erased_at says when.
ALTER TABLE message ADD COLUMN erased_at TIMESTAMPTZ;

-- The nightly scan per facility walks this index in order of when each message was finished with
-- (delivered, or rejected/withdrawn), from the oldest, and stops at the facility's cutoff. Only rows still
-- to erase are in it, so after the first run it holds about one retention period of messages, and messages
-- still in review or waiting for print never enter it.
--
-- On a large production table each CREATE INDEX here must be CONCURRENTLY (a plain one blocks every
-- send for as long as it builds). PostgreSQL refuses that inside a transaction; Flyway (9.1+) sees the
-- CONCURRENTLY and runs such a statement outside one, but only in a migration holding nothing else (or
-- with spring.flyway.mixed=true): so a production upgrade puts each index in a migration of its own,
-- `CREATE INDEX CONCURRENTLY IF NOT EXISTS ...`, and afterwards checks pg_index.indisvalid (a failed build
-- leaves an INVALID index to drop and build again). A new database is empty, so it takes them as here.
CREATE INDEX message_retention_idx ON message (facility_id, (COALESCE(delivered_at, decided_at)), id)
    WHERE erased_at IS NULL AND status IN ('DELIVERED', 'READ', 'REJECTED', 'WITHDRAWN');

-- The same rows by person, for everything of a person released longer than the retention period ago.
CREATE INDEX message_retention_person_idx ON message (inmate_id, id)
    WHERE erased_at IS NULL AND status IN ('DELIVERED', 'READ', 'REJECTED', 'WITHDRAWN');

-- Released people, walked in id order with what the retention check needs in the index itself.
CREATE INDEX inmate_released_idx ON inmate (id) INCLUDE (facility_id, released_at) WHERE released_at IS NOT NULL;

-- Review decisions stay append-only, except that retention clears a decision's note (the reviewer's
-- words about the message) and nothing else.
CREATE OR REPLACE FUNCTION review_decision_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.note IS NULL
        AND (NEW.id, NEW.message_id, NEW.facility_id, NEW.decision, NEW.reason_code, NEW.reviewer_id,
             NEW.reviewer_name, NEW.submitted_at, NEW.decided_at)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.message_id, OLD.facility_id, OLD.decision, OLD.reason_code, OLD.reviewer_id,
             OLD.reviewer_name, OLD.submitted_at, OLD.decided_at) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'review_decision is append-only: % refused', TG_OP;
END;
$$;

-- A platform admin's legal hold on a person in custody or an outside account: while it is not lifted,
-- retention skips every message to or from them. Lifted holds stay, with who lifted them and when.
CREATE TABLE legal_hold
(
    id             UUID PRIMARY KEY,
    inmate_id      UUID,
    facility_code  TEXT,
    inmate_number  TEXT,
    account_id     UUID,
    email          TEXT,
    reference      TEXT        NOT NULL,
    reason         TEXT        NOT NULL,
    placed_by      UUID        NOT NULL,
    placed_by_name TEXT        NOT NULL,
    placed_at      TIMESTAMPTZ NOT NULL,
    lifted_by      UUID,
    lifted_by_name TEXT,
    lifted_at      TIMESTAMPTZ,
    CHECK ((inmate_id IS NOT NULL AND account_id IS NULL) OR (inmate_id IS NULL AND account_id IS NOT NULL))
);
CREATE INDEX legal_hold_placed_idx ON legal_hold (placed_at DESC);
CREATE INDEX legal_hold_open_idx ON legal_hold (id) WHERE lifted_at IS NULL;

-- Each retention run and what it did. A nightly run claims its night (UTC date), so when several
-- instances wake for it, one runs; a run started by an admin has no night.
CREATE TABLE retention_run
(
    id             UUID PRIMARY KEY,
    trigger        TEXT        NOT NULL CHECK (trigger IN ('NIGHTLY', 'ADMIN')),
    night          DATE UNIQUE,
    started_by     TEXT,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    erased         INT         NOT NULL DEFAULT 0,
    batches        INT         NOT NULL DEFAULT 0,
    skipped_held   INT         NOT NULL DEFAULT 0,
    drafts_deleted INT         NOT NULL DEFAULT 0
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at DESC);
