-- What a roster upload did, kept so the page that shows it can be reloaded (Post/Redirect/Get) without
-- importing the file again. Kept for 30 days; the audit log keeps the counts for longer.
CREATE TABLE roster_import
(
    id                UUID PRIMARY KEY,
    facility_id       UUID        NOT NULL REFERENCES facility (id),
    imported_by       UUID        NOT NULL,
    imported_at       TIMESTAMPTZ NOT NULL,
    added             INTEGER     NOT NULL,
    updated           INTEGER     NOT NULL,
    awaiting_transfer INTEGER     NOT NULL,
    released          INTEGER     NOT NULL
);

CREATE INDEX roster_import_facility_idx ON roster_import (facility_id, imported_at);

CREATE TABLE roster_import_rejection
(
    import_id UUID   NOT NULL REFERENCES roster_import (id) ON DELETE CASCADE,
    line      BIGINT NOT NULL,
    number    TEXT,
    reason    TEXT   NOT NULL
);

CREATE INDEX roster_import_rejection_import_idx ON roster_import_rejection (import_id, line);
