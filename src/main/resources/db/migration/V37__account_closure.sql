-- A family member may close their account: it can no longer log in, its email stays taken, and once
-- retention has erased the last of its messages its personal data is erased. The row itself stays,
-- since ledger entries and messages refer to its id.
ALTER TABLE account
    ADD COLUMN status    TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
    ADD COLUMN closed_at TIMESTAMPTZ,
    ADD COLUMN erased_at TIMESTAMPTZ,
    ADD CHECK ((status = 'ACTIVE' AND closed_at IS NULL AND erased_at IS NULL) OR (status = 'CLOSED' AND closed_at IS NOT NULL));
CREATE INDEX account_awaiting_erasure_idx ON account (closed_at) WHERE status = 'CLOSED' AND erased_at IS NULL;

-- A contact's history stays append-only with one exception: when a closed account is erased, the name
-- its owner acted under is replaced (the row, its time and its action stay).
CREATE OR REPLACE FUNCTION contact_history_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.actor_role = 'FAMILY' AND NEW.actor_name = 'Closed account'
        AND (NEW.id, NEW.contact_id, NEW.at, NEW.actor_role, NEW.actor_id, NEW.action, NEW.reason)
            IS NOT DISTINCT FROM (OLD.id, OLD.contact_id, OLD.at, OLD.actor_role, OLD.actor_id, OLD.action, OLD.reason) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'contact_history is append-only: % refused', TG_OP;
END;
$$;
