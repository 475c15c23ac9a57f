package org.inkwell.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.review.ReviewerSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReviewerSettingsRows {

    private final JdbcClient jdbc;

    ReviewerSettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReviewerSettings> find(UUID staffId) {
        return jdbc.sql("SELECT claim_next_after_decision, single_key_shortcuts FROM reviewer_settings WHERE staff_id = :staff")
                .param("staff", staffId)
                .query((rs, n) -> new ReviewerSettings(rs.getBoolean("claim_next_after_decision"),
                        rs.getBoolean("single_key_shortcuts")))
                .optional();
    }

    public void save(UUID staffId, ReviewerSettings settings, Instant now) {
        jdbc.sql("""
                INSERT INTO reviewer_settings (staff_id, claim_next_after_decision, single_key_shortcuts, updated_at)
                VALUES (:staff, :claimNext, :shortcuts, :now)
                ON CONFLICT (staff_id) DO UPDATE SET claim_next_after_decision = excluded.claim_next_after_decision,
                    single_key_shortcuts = excluded.single_key_shortcuts, updated_at = excluded.updated_at
                """)
                .param("staff", staffId).param("claimNext", settings.claimNextAfterDecision())
                .param("shortcuts", settings.singleKeyShortcuts()).param("now", Timestamp.from(now))
                .update();
    }
}
