package org.inkwell.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.inkwell.messaging.internal.RetentionRepository;
import org.inkwell.photos.Photos;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messaging's side of retention (the records module decides what is due and what is held): finished
 * messages to consider, erasure that keeps the tombstone, and stale drafts. A finished message is
 * delivered or read (counted from delivery), rejected or withdrawn (counted from that decision); one in
 * review or waiting for print is never offered, since its charge is still held and a reviewer or the
 * print run still needs its text.
 */
@Service
public class MessageRetention {

    /** A finished message and when it was finished with; also the key the next page starts after. */
    public record Candidate(UUID id, UUID inmateId, UUID accountId, Instant finishedAt) {
    }

    /** A draft as last written: deleted only if it was not written again since. */
    public record StaleDraft(UUID contactId, String side, Instant updatedAt) {
    }

    private final RetentionRepository retention;

    private final Photos photos;

    MessageRetention(RetentionRepository retention, Photos photos) {
        this.retention = retention;
        this.photos = photos;
    }

    /** A facility's messages finished with before the cutoff, oldest first, after {@code after} (null: from the oldest). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Candidate> finishedBefore(UUID facilityId, Instant cutoff, Candidate after, int limit) {
        return retention.finishedBefore(facilityId, cutoff, after, limit);
    }

    /** Every finished message, not yet erased, of these people, in id order after {@code afterId} (null: the first). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Candidate> finishedOfPeople(Collection<UUID> inmateIds, UUID afterId, int limit) {
        return retention.finishedOfPeople(inmateIds, afterId, limit);
    }

    /**
     * Leaves a tombstone of each of these messages that no one holds a lock on: the row with its ids,
     * contact, direction, dates, cost, status and charge reference stays (the ledger refers to it), the
     * body and screening flags are cleared and {@code erased_at} set; their photos go entirely, row and
     * bytes. Answers the ones erased now. (Photos are erased here rather than on the records module's
     * {@code MessagesErased}: records depends on messaging, which depends on photos, so photos listening to
     * records would close a cycle between the modules.)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> erase(Collection<UUID> ids, Instant now) {
        List<UUID> erased = retention.erase(ids, now);
        photos.eraseOfMessages(erased);
        return erased;
    }

    /** Drafts untouched since before the cutoff, a page in key order after {@code after} (null: the first). */
    @Transactional(readOnly = true)
    public List<StaleDraft> draftsUntouchedSince(Instant cutoff, StaleDraft after, int limit) {
        return retention.draftsUntouchedSince(cutoff, after, limit);
    }

    /** Deletes the draft unless it was written again since it was read; answers whether it was deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteDraft(StaleDraft draft) {
        return retention.deleteDraft(draft);
    }
}
