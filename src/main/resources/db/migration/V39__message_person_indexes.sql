-- An investigator's search within a case's subject (a person in custody or an outside account) pages
-- that party's messages newest first: without these, PostgreSQL read every message of the agency to find
-- a page (bench scenario 8: p95 243-721 ms at 100,000 messages, and about 830,000 rows a search at full
-- scale; 39-108 ms with the person index). Each costs every send one more index entry.
-- On a large production table, build each with CREATE INDEX CONCURRENTLY in a migration of its own (see V36).
CREATE INDEX message_person_recent_idx ON message (inmate_id, submitted_at DESC, id DESC);
CREATE INDEX message_account_recent_idx ON message (account_id, submitted_at DESC, id DESC);
