-- Each facility sets how long "More time" may stretch a kiosk session (minutes from login) and the
-- language its kiosks start in; 30 minutes and English were the service-wide values before.
ALTER TABLE facility ADD COLUMN kiosk_session_minutes INT NOT NULL DEFAULT 30
    CHECK (kiosk_session_minutes BETWEEN 5 AND 120);
ALTER TABLE facility ADD COLUMN kiosk_language TEXT NOT NULL DEFAULT 'en' CHECK (kiosk_language IN ('en', 'es'));
