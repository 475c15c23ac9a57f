package org.inkwell.review;

import java.time.Clock;

import org.inkwell.platform.Caller;
import org.inkwell.review.internal.ReviewerSettingsRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each reviewer's console settings, kept with their staff account on the server. */
@Service
public class ReviewerPreferences {

    private final ReviewerSettingsRows rows;
    private final Clock clock;

    ReviewerPreferences(ReviewerSettingsRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReviewerSettings of(Caller reviewer) {
        return rows.find(reviewer.id()).orElse(ReviewerSettings.DEFAULTS);
    }

    @Transactional
    public ReviewerSettings change(Caller reviewer, ReviewerSettings settings) {
        rows.save(reviewer.id(), settings, clock.instant());
        return settings;
    }
}
