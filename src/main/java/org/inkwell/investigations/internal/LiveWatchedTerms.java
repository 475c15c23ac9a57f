package org.inkwell.investigations.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inkwell.screening.WatchedTerms;
import org.springframework.stereotype.Component;

/** The screen's view of the agency's watched terms: those of cases open now. */
@Component
class LiveWatchedTerms implements WatchedTerms {

    private final WatchRepository watches;
    private final Clock clock;

    LiveWatchedTerms(WatchRepository watches, Clock clock) {
        this.watches = watches;
        this.clock = clock;
    }

    @Override
    public List<String> live(UUID agencyId) {
        return watches.liveTerms(agencyId, clock.instant());
    }
}
