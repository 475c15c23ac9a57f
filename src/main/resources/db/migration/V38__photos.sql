-- Photos families upload: only the server's own JPEG re-encoding and its thumbnail are kept, never the
-- uploaded file. image and thumb hold the bytes when PhotoStore is the database (the default); a store
-- outside the database leaves them null. dhash is the 64-bit perceptual hash, compared by Hamming
-- distance against rejected photos. message_id is set when the photo is attached to a message.
CREATE TABLE photo
(
    id          UUID PRIMARY KEY,
    uploader_id UUID        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('UPLOADED', 'IN_REVIEW', 'APPROVED', 'REJECTED')),
    image       BYTEA,
    thumb       BYTEA,
    width       INT         NOT NULL CHECK (width BETWEEN 1 AND 2048),
    height      INT         NOT NULL CHECK (height BETWEEN 1 AND 2048),
    bytes       INT         NOT NULL CHECK (bytes > 0),
    sha256      TEXT        NOT NULL,
    dhash       BIGINT      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    message_id  UUID
);
-- The compressed JPEGs would gain nothing from PostgreSQL's compression: stored as they are.
ALTER TABLE photo ALTER COLUMN image SET STORAGE EXTERNAL;
ALTER TABLE photo ALTER COLUMN thumb SET STORAGE EXTERNAL;
CREATE INDEX photo_uploader_idx ON photo (uploader_id, created_at);
CREATE INDEX photo_message_idx ON photo (message_id) WHERE message_id IS NOT NULL;
