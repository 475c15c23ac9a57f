-- Full-text search over the archive, for investigations under an approved case. One stored tsvector
-- holds three readings of the body, each under its own weight: 'simple' (A: names, numbers and words
-- exactly as written), English (B) and Spanish (C) stems. Word and prefix queries ask all three without
-- weights, so the GIN index answers them without rechecking rows; a phrase is asked within one reading
-- (its weight), so that the end of one reading and the start of the next never make a false phrase.
ALTER TABLE message
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', body), 'A')
            || setweight(to_tsvector('english', body), 'B')
            || setweight(to_tsvector('spanish', body), 'C')) STORED;

CREATE INDEX message_search_idx ON message USING GIN (search_vector);

-- Newest first within an agency, the order every search answers in, with the id as the keyset's tie-break.
CREATE INDEX message_agency_recent_idx ON message (agency_id, submitted_at DESC, id DESC);
