package org.inkwell.records.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.platform.Caller;
import org.inkwell.records.Retention;
import org.inkwell.records.RetentionRun;
import org.inkwell.records.RetentionTrigger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The retention job for platform admins: run it now, and see what the last runs did. */
@RestController
@RequestMapping("/api/v1/admin/retention")
class RetentionController {

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    /** Answers when the run has finished, with its counts. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @PostMapping("/run")
    RunView run() {
        return RunView.of(retention.runNow(Caller.required()));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @GetMapping("/runs")
    List<RunView> runs() {
        return retention.recentRuns().stream().map(RunView::of).toList();
    }

    record RunView(UUID id, RetentionTrigger trigger, String startedBy, int erased, int batches, int skippedHeld,
                   int draftsDeleted, Instant startedAt, Instant finishedAt) {
        static RunView of(RetentionRun run) {
            return new RunView(run.id(), run.trigger(), run.startedBy(), run.erased(), run.batches(), run.skippedHeld(),
                    run.draftsDeleted(), run.startedAt(), run.finishedAt());
        }
    }
}
