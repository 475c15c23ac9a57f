-- Print batches for PRINT facilities: approved messages, one batch per housing unit. A message is in
-- at most one batch (the unique key), so none is printed in two batches and none falls between them.
CREATE TABLE print_batch
(
    id                  UUID PRIMARY KEY,
    facility_id         UUID        NOT NULL,
    housing_unit        TEXT        NOT NULL,
    message_count       INT         NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    created_by          UUID        NOT NULL,
    downloads           INT         NOT NULL DEFAULT 0,
    first_downloaded_at TIMESTAMPTZ,
    confirmed_at        TIMESTAMPTZ,
    confirmed_by        UUID
);
CREATE INDEX print_batch_facility_idx ON print_batch (facility_id, created_at DESC);

CREATE TABLE print_batch_item
(
    batch_id   UUID NOT NULL REFERENCES print_batch (id),
    message_id UUID NOT NULL UNIQUE,
    PRIMARY KEY (batch_id, message_id)
);
