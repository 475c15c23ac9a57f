package org.inkwell.photos.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.inkwell.photos.PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads never attached to a message are removed once they are {@code inkwell.photos.unsent-kept-for} old
 * (a day by default): the compose page uploads and sends in one go, so an upload left unsent that long was
 * abandoned, and it should not sit in the database (or count against its uploader's cap) for ever.
 */
@Component
public class UnsentPhotos {

    private static final Logger log = LoggerFactory.getLogger(UnsentPhotos.class);
    private static final int BATCH = 200;

    private final PhotoRepository photos;
    private final PhotoStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration keptFor;

    UnsentPhotos(PhotoRepository photos, PhotoStore store, TransactionTemplate transaction, Clock clock,
            @Value("${inkwell.photos.unsent-kept-for:P1D}") Duration keptFor) {
        this.photos = photos;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    @Scheduled(fixedDelayString = "${inkwell.photos.unsent-sweep-every:PT1H}", initialDelayString = "PT10M")
    void sweep() {
        int removed = removeStale();
        if (removed > 0) {
            log.info("Removed {} photos uploaded more than {} ago and never sent", removed, keptFor);
        }
    }

    /**
     * Removes every unsent upload older than the setting, in batches of their own transactions; a photo a
     * send holds locked is skipped (it is being attached). Answers how many were removed.
     */
    public int removeStale() {
        int removed = 0;
        int batch;
        do {
            batch = transaction.execute(status -> {
                List<UUID> stale = photos.lockUnsentBefore(clock.instant().minus(keptFor), BATCH);
                stale.forEach(store::delete);
                if (!stale.isEmpty()) {
                    photos.delete(stale);
                }
                return stale.size();
            });
            removed += batch;
        } while (batch == BATCH);
        return removed;
    }
}
