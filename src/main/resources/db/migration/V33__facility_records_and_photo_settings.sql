-- Second-build facility settings (CONTRACT.md, "Legal mail and records", "Photos"): how long messages are
-- kept, whether privileged legal mail is free, how many photos a message may carry and what each costs.
-- A photo costs one message unit unless the facility says otherwise, so existing facilities take their
-- unit price.
ALTER TABLE facility ADD COLUMN retention_days INT NOT NULL DEFAULT 365 CHECK (retention_days BETWEEN 30 AND 3650);
ALTER TABLE facility ADD COLUMN legal_mail_free BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE facility ADD COLUMN max_photos_per_message INT NOT NULL DEFAULT 5 CHECK (max_photos_per_message BETWEEN 0 AND 20);
ALTER TABLE facility ADD COLUMN photo_price_cents BIGINT CHECK (photo_price_cents >= 0);
UPDATE facility SET photo_price_cents = unit_price_cents;
ALTER TABLE facility ALTER COLUMN photo_price_cents SET NOT NULL;
