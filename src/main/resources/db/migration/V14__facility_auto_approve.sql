-- A facility may let messages that the screen found nothing in go through without a reviewer.
ALTER TABLE facility ADD COLUMN auto_approve_clean BOOLEAN NOT NULL DEFAULT FALSE;
