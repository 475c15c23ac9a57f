-- When a family last opened each conversation: replies delivered after it are "new" on their home page.
-- One row per contact (a contact is one family's): written when the conversation page or the thread is read.
CREATE TABLE conversation_opened
(
    contact_id UUID PRIMARY KEY,
    opened_at  TIMESTAMPTZ NOT NULL
);

-- The card a purchase was charged to, as the processor reported it, for receipts ("Visa ending 4242").
-- Null for payments made before receipts, and where a processor does not say.
ALTER TABLE payment
    ADD COLUMN card_brand TEXT,
    ADD COLUMN card_last4 TEXT CHECK (card_last4 ~ '^[0-9]{4}$');
