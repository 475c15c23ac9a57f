package org.inkwell.records.internal;

import org.inkwell.records.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the nightly retention run on a thread of its own: the scheduler has one thread, and a run over
 * a large archive takes long enough to hold up the mail and payment jobs that share it.
 */
@Component
class NightlyRetention {

    private static final Logger log = LoggerFactory.getLogger(NightlyRetention.class);

    private final Retention retention;
    private final SimpleAsyncTaskExecutor worker = new SimpleAsyncTaskExecutor("retention-");

    NightlyRetention(Retention retention) {
        this.retention = retention;
        worker.setConcurrencyLimit(1);
    }

    @Scheduled(cron = "${inkwell.records.retention-cron:0 30 3 * * *}", zone = "UTC")
    void nightly() {
        worker.execute(() -> retention.runNightly().ifPresent(run ->
                log.info("Retention erased {} messages in {} batches ({} held messages kept, {} drafts deleted)",
                        run.erased(), run.batches(), run.skippedHeld(), run.draftsDeleted())));
    }
}
