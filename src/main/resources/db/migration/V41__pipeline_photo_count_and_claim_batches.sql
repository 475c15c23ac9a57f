-- How many photos were attached to a message when it was sent. Delivery, refunds, review and the inbox
-- look photos up only for messages that have some (most have none). A constant default is kept in the
-- catalogue, so adding the column rewrites nothing, however many messages there are; the messages sent
-- with photos before this column existed are counted from the photo table, through its message index.
ALTER TABLE message ADD COLUMN photo_count INT NOT NULL DEFAULT 0;
UPDATE message m SET photo_count = attached.photos
FROM (SELECT message_id, count(*) AS photos FROM photo WHERE message_id IS NOT NULL GROUP BY message_id) attached
WHERE m.id = attached.message_id;

-- A reviewer's claim takes the next few messages of the queue at once: the first is shown to them, the others
-- are reserved for them and shown one by one as they decide. A reserved message is still waiting: it counts
-- as queued, its sender may still withdraw it, nobody may decide it before it is shown, and another reviewer
-- takes it when nothing unreserved is left. Every claim until now was shown, hence the default.
ALTER TABLE review_task ADD COLUMN reserved BOOLEAN NOT NULL DEFAULT FALSE;
