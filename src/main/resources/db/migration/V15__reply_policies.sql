-- Replies paid from inside: staff credit a person's balance from their commissary account.
ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check;
ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check
    CHECK (kind IN ('WALLET', 'GATEWAY_CLEARING', 'CHARGES_HELD', 'PLATFORM_REVENUE', 'REFUNDS_IN_PROGRESS',
                    'COMMISSARY_CLEARING'));
INSERT INTO ledger_account (id, kind, owner_id, currency, balance_cents)
VALUES ('00000000-0000-0000-0000-000000000005', 'COMMISSARY_CLEARING', NULL, 'USD', NULL);

ALTER TABLE ledger_transaction DROP CONSTRAINT ledger_transaction_kind_check;
ALTER TABLE ledger_transaction ADD CONSTRAINT ledger_transaction_kind_check
    CHECK (kind IN ('PURCHASE', 'MESSAGE_CHARGE', 'REFUND', 'MESSAGE_SETTLED', 'BALANCE_REFUND', 'BALANCE_REFUND_PAID',
                    'BALANCE_REFUND_RETURNED', 'COMMISSARY_CREDIT'));

-- Replies a family paid for in advance (SENDER_PREPAID facilities): each is a held charge on the
-- family's wallet, used by one reply, or refunded when the contact closes.
CREATE TABLE prepaid_reply
(
    id               UUID PRIMARY KEY,
    contact_id       UUID        NOT NULL,
    inmate_id        UUID        NOT NULL,
    charge_reference TEXT        NOT NULL UNIQUE,
    amount_cents     BIGINT      NOT NULL CHECK (amount_cents > 0),
    status           TEXT        NOT NULL CHECK (status IN ('AVAILABLE', 'USED', 'REFUNDED')),
    created_at       TIMESTAMPTZ NOT NULL,
    used_by          UUID
);
CREATE INDEX prepaid_reply_available_idx ON prepaid_reply (contact_id, created_at) WHERE status = 'AVAILABLE';
CREATE INDEX prepaid_reply_inmate_idx ON prepaid_reply (inmate_id) WHERE status = 'AVAILABLE';
