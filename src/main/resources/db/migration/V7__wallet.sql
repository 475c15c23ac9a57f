-- A double-entry ledger in minor units. Every transaction's entries sum to zero (checked at commit by a
-- deferred constraint trigger); entries and transactions are never changed or deleted.
CREATE TABLE ledger_account
(
    id            UUID PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('WALLET', 'GATEWAY_CLEARING', 'CHARGES_HELD', 'PLATFORM_REVENUE',
                                                'REFUNDS_IN_PROGRESS')),
    owner_id      UUID,
    currency      TEXT NOT NULL,
    -- Kept for wallets only, updated in the transaction that moves money, and never negative. System
    -- accounts take part in every charge; a balance row there would serialise all sends, so their
    -- balance is the sum of their entries.
    balance_cents BIGINT,
    CHECK ((kind = 'WALLET') = (owner_id IS NOT NULL)),
    CHECK (kind <> 'WALLET' OR (balance_cents IS NOT NULL AND balance_cents >= 0)),
    CHECK (kind = 'WALLET' OR balance_cents IS NULL)
);
CREATE UNIQUE INDEX ledger_wallet_owner_idx ON ledger_account (owner_id, currency) WHERE kind = 'WALLET';
CREATE UNIQUE INDEX ledger_system_account_idx ON ledger_account (kind, currency) WHERE kind <> 'WALLET';

INSERT INTO ledger_account (id, kind, owner_id, currency, balance_cents)
VALUES ('00000000-0000-0000-0000-000000000001', 'GATEWAY_CLEARING', NULL, 'USD', NULL),
       ('00000000-0000-0000-0000-000000000002', 'CHARGES_HELD', NULL, 'USD', NULL),
       ('00000000-0000-0000-0000-000000000003', 'PLATFORM_REVENUE', NULL, 'USD', NULL),
       ('00000000-0000-0000-0000-000000000004', 'REFUNDS_IN_PROGRESS', NULL, 'USD', NULL);

CREATE TABLE ledger_transaction
(
    id        UUID PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    kind      TEXT        NOT NULL CHECK (kind IN ('PURCHASE', 'MESSAGE_CHARGE', 'REFUND', 'MESSAGE_SETTLED',
                                                   'BALANCE_REFUND', 'BALANCE_REFUND_PAID',
                                                   'BALANCE_REFUND_RETURNED')),
    reference TEXT        NOT NULL
);
CREATE INDEX ledger_transaction_reference_idx ON ledger_transaction (reference);

CREATE TABLE ledger_entry
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id UUID        NOT NULL REFERENCES ledger_transaction (id),
    account_id     UUID        NOT NULL REFERENCES ledger_account (id),
    amount_cents   BIGINT      NOT NULL CHECK (amount_cents <> 0),
    at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_entry_account_idx ON ledger_entry (account_id, id DESC);
CREATE INDEX ledger_entry_transaction_idx ON ledger_entry (transaction_id);

CREATE FUNCTION ledger_transaction_sums_to_zero() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    total BIGINT;
BEGIN
    SELECT sum(amount_cents) INTO total FROM ledger_entry WHERE transaction_id = NEW.transaction_id;
    IF total <> 0 THEN
        RAISE EXCEPTION 'ledger transaction % does not balance (sum %)', NEW.transaction_id, total;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER ledger_entries_balance
    AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger_transaction_sums_to_zero();

CREATE FUNCTION ledger_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_transaction_append_only BEFORE UPDATE OR DELETE ON ledger_transaction
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

-- A message's charge: held while the message is reviewed, then settled (delivered) or refunded,
-- exactly one of the two.
CREATE TABLE message_charge
(
    reference    TEXT PRIMARY KEY,
    owner_id     UUID        NOT NULL,
    amount_cents BIGINT      NOT NULL CHECK (amount_cents > 0),
    currency     TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('HELD', 'SETTLED', 'REFUNDED')),
    charged_at   TIMESTAMPTZ NOT NULL,
    resolved_at  TIMESTAMPTZ
);

-- A purchase of credit. Recorded as PENDING before the gateway is called, so a crash or a timeout
-- after the gateway took the money is reconciled, never lost and never credited twice.
CREATE TABLE payment
(
    id                UUID PRIMARY KEY,
    owner_id          UUID        NOT NULL,
    idempotency_key   TEXT        NOT NULL,
    amount_cents      BIGINT      NOT NULL CHECK (amount_cents > 0),
    currency          TEXT        NOT NULL,
    payment_token     TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    gateway_charge_id TEXT,
    failure           TEXT,
    refunded_cents    BIGINT      NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    CHECK (refunded_cents >= 0 AND refunded_cents <= amount_cents),
    UNIQUE (owner_id, idempotency_key)
);
CREATE INDEX payment_pending_idx ON payment (created_at) WHERE status = 'PENDING';
CREATE INDEX payment_owner_idx ON payment (owner_id, created_at DESC);

-- A refund of unused balance, paid back to the original payments newest first, one part per payment.
CREATE TABLE balance_refund
(
    id              UUID PRIMARY KEY,
    owner_id        UUID        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    amount_cents    BIGINT      NOT NULL CHECK (amount_cents > 0),
    currency        TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (owner_id, idempotency_key)
);

CREATE TABLE balance_refund_part
(
    id                UUID PRIMARY KEY,
    refund_id         UUID        NOT NULL REFERENCES balance_refund (id),
    payment_id        UUID        NOT NULL REFERENCES payment (id),
    amount_cents      BIGINT      NOT NULL CHECK (amount_cents > 0),
    status            TEXT        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    gateway_refund_id TEXT,
    attempts          INT         NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX balance_refund_part_pending_idx ON balance_refund_part (updated_at) WHERE status = 'PENDING';

-- The built-in sandbox gateway's own records, as a real processor would keep them: a charge or refund
-- asked for twice with one idempotency key happens once.
CREATE TABLE sandbox_gateway_operation
(
    idempotency_key TEXT PRIMARY KEY,
    operation       TEXT        NOT NULL CHECK (operation IN ('CHARGE', 'REFUND')),
    gateway_id      TEXT        NOT NULL,
    charge_id       TEXT,
    amount_cents    BIGINT      NOT NULL,
    outcome         TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
