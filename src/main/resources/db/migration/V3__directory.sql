CREATE TABLE agency
(
    id         UUID PRIMARY KEY,
    code       TEXT        NOT NULL UNIQUE,
    name       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE facility
(
    id                  UUID PRIMARY KEY,
    agency_id           UUID        NOT NULL REFERENCES agency (id),
    code                TEXT        NOT NULL UNIQUE,
    name                TEXT        NOT NULL,
    kind                TEXT        NOT NULL CHECK (kind IN ('STATE_PRISON', 'FEDERAL_PRISON', 'COUNTY_JAIL')),
    state               TEXT        NOT NULL,
    delivery            TEXT        NOT NULL CHECK (delivery IN ('KIOSK', 'TABLET', 'PRINT')),
    currency            TEXT        NOT NULL,
    unit_price_cents    BIGINT      NOT NULL CHECK (unit_price_cents >= 0),
    chars_per_unit      INT         NOT NULL CHECK (chars_per_unit > 0),
    max_message_chars   INT         NOT NULL CHECK (max_message_chars > 0),
    review_target_hours INT         NOT NULL CHECK (review_target_hours > 0),
    reply_policy        TEXT        NOT NULL CHECK (reply_policy IN ('FREE', 'SENDER_PREPAID', 'INMATE_PAYS')),
    kiosk_hours         TEXT        NOT NULL DEFAULT '[]',
    time_zone           TEXT        NOT NULL,
    max_contacts        INT         NOT NULL DEFAULT 30 CHECK (max_contacts > 0),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX facility_agency_idx ON facility (agency_id);

-- A person in custody. The number is unique within the agency, so a transfer between the agency's
-- facilities keeps the person (and later their contacts and messages).
CREATE TABLE inmate
(
    id           UUID PRIMARY KEY,
    agency_id    UUID        NOT NULL REFERENCES agency (id),
    facility_id  UUID        NOT NULL REFERENCES facility (id),
    number       TEXT        NOT NULL,
    first_name   TEXT        NOT NULL,
    last_name    TEXT        NOT NULL,
    status       TEXT        NOT NULL CHECK (status IN ('IN_CUSTODY', 'RELEASED')),
    housing_unit TEXT,
    pin_hash     TEXT,
    booked_at    TIMESTAMPTZ NOT NULL,
    released_at  TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (agency_id, number)
);
CREATE INDEX inmate_facility_idx ON inmate (facility_id, number);
