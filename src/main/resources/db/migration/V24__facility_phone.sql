-- How families reach a facility (shown on its public page, and where a request was denied). Optional.
ALTER TABLE facility ADD COLUMN phone TEXT CHECK (phone IS NULL OR length(phone) <= 32);
