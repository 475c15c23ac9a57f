package org.inkwell.review.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.messaging.Messages;
import org.inkwell.messaging.RejectionReason;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldError;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.WebPage;
import org.inkwell.review.Claim;
import org.inkwell.review.Decision;
import org.inkwell.review.ReviewStats;
import org.inkwell.review.ReviewerPreferences;
import org.inkwell.review.ReviewerSettings;
import org.inkwell.review.Reviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewer's console: the queue's figures, claiming the next message, reading it with every
 * screening flag marked in place before approving, rejecting or giving it back, and the reviewer's own
 * console settings.
 */
@WebPage
class ReviewPages {

    /** How many earlier decisions on the same contact the reviewer sees. */
    private static final int EARLIER_SHOWN = 10;

    private final Reviews reviews;
    private final ReviewerPreferences preferences;
    private final Messages messages;
    private final FormErrors formErrors;
    private final Clock clock;

    ReviewPages(Reviews reviews, ReviewerPreferences preferences, Messages messages, FormErrors formErrors, Clock clock) {
        this.messages = messages;
        this.reviews = reviews;
        this.preferences = preferences;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    /** A span of time as the page says it: the largest two units that matter. */
    record Elapsed(long hours, long minutes, long seconds) {
        static Elapsed of(Long totalSeconds) {
            if (totalSeconds == null) {
                return null;
            }
            long s = Math.max(0, totalSeconds);
            return new Elapsed(s / 3600, s % 3600 / 60, s % 60);
        }

        public String key() {
            return hours > 0 ? "review.elapsed.hours" : minutes > 0 ? "review.elapsed.minutes" : "review.elapsed.seconds";
        }
    }

    /** Opening the console never takes a message from the queue; the one already held is shown at once. */
    @PreAuthorize("hasRole('REVIEWER')")
    @GetMapping("/staff/review")
    String console(@RequestParam(required = false) String decided, Model model) {
        Caller caller = Caller.required();
        Optional<Claim> held = reviews.held(caller);
        if (held.isPresent()) {
            return "redirect:/staff/review/messages/" + held.get().message().id();
        }
        ReviewStats stats = reviews.stats(caller);
        model.addAttribute("stats", stats);
        model.addAttribute("zone", reviews.timeZone(caller));
        model.addAttribute("median", Elapsed.of(stats.medianSecondsToDecision24h()));
        model.addAttribute("p90", Elapsed.of(stats.p90SecondsToDecision24h()));
        model.addAttribute("reviewerSettings", preferences.of(caller));
        tellWhatWasDecided(caller, decided, model);
        return "staff/review";
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/staff/review/claim")
    String claim() {
        return reviews.claim(Caller.required())
                .map(c -> "redirect:/staff/review/messages/" + c.message().id())
                .orElse("redirect:/staff/review?empty");
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @GetMapping("/staff/review/messages/{id}")
    String message(@PathVariable UUID id, @RequestParam(required = false) String decided,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        if (!show(caller, id, model)) {
            reviews.requireQueuedHere(caller, id);
            response.setStatus(409);
        }
        tellWhatWasDecided(caller, decided, model);
        return "staff/review-message";
    }

    /**
     * Saves the decision, with the word on each photo (its radio buttons {@code photo-<id>} and reason
     * {@code photoReason-<id>}); a reviewer who asked for it goes straight on to the next message, told what
     * was saved, and to the console when the queue is empty.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/staff/review/messages/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reasonCode, @RequestParam(defaultValue = "") String note,
            @RequestParam MultiValueMap<String, String> fields, HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        PhotoChoices photoChoices = PhotoChoices.of(fields);
        try {
            reviews.decide(caller, id, parse(Decision.class, decision), parse(RejectionReason.class, reasonCode),
                    note.isBlank() ? null : note, photoChoices.decisions());
        } catch (ApiException refused) {
            show(caller, id, model);
            formErrors.show(model, response, refused, "decision");
            model.addAttribute("errors", photoChoices.besideTheirPhotos(errorsOn(model)));
            model.addAttribute("reasonCode", reasonCode);
            model.addAttribute("note", note);
            model.addAttribute("photoDecisions", photoChoices.decisionNames());
            model.addAttribute("photoReasons", photoChoices.reasonNames());
            return "staff/review-message";
        }
        if (!preferences.of(caller).claimNextAfterDecision()) {
            return "redirect:/staff/review?decided=" + id;
        }
        return reviews.claim(caller)
                .map(next -> "redirect:/staff/review/messages/" + next.message().id() + "?decided=" + id)
                .orElse("redirect:/staff/review?empty&decided=" + id);
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/staff/review/messages/{id}/release")
    String release(@PathVariable UUID id, HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            reviews.release(caller, id);
            return "redirect:/staff/review?released";
        } catch (ApiException refused) {
            show(caller, id, model);
            formErrors.show(model, response, refused, "decision");
            return "staff/review-message";
        }
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @GetMapping("/staff/review/settings")
    String settings(Model model) {
        model.addAttribute("reviewerSettings", preferences.of(Caller.required()));
        return "staff/review-settings";
    }

    /** An unticked checkbox is not sent at all, so a missing field means off. */
    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/staff/review/settings")
    String changeSettings(@RequestParam(defaultValue = "false") boolean claimNextAfterDecision,
            @RequestParam(defaultValue = "false") boolean singleKeyShortcuts) {
        preferences.change(Caller.required(), new ReviewerSettings(claimNextAfterDecision, singleKeyShortcuts));
        return "redirect:/staff/review/settings?saved";
    }

    /** The banner after a decision names it; only the reviewer's own decisions are told, anything else is ignored. */
    private void tellWhatWasDecided(Caller caller, String decided, Model model) {
        if (decided == null || decided.isBlank()) {
            return;
        }
        try {
            reviews.decidedBy(caller, UUID.fromString(decided)).ifPresent(made -> model.addAttribute("decided", made));
        } catch (IllegalArgumentException notAnId) {
            // A hand-edited address: there is nothing to tell.
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> errorsOn(Model model) {
        return (List<FieldError>) model.getAttribute("errors");
    }

    /** Puts the held message on the page; answers false when the reviewer does not hold this one. */
    private boolean show(Caller caller, UUID id, Model model) {
        Optional<Claim> held = reviews.held(caller).filter(c -> c.message().id().equals(id));
        model.addAttribute("reasons", RejectionReason.values());
        model.addAttribute("photos", held.map(c -> c.message().photos()).orElse(List.of()));
        model.addAttribute("reviewerSettings", preferences.of(caller));
        model.addAttribute("zone", reviews.timeZone(caller));
        if (held.isEmpty()) {
            return false;
        }
        Claim claim = held.get();
        long secondsLeft = Math.max(0, Duration.between(clock.instant(), claim.claimedUntil()).toSeconds());
        model.addAttribute("claim", claim);
        model.addAttribute("segments", FlaggedText.segments(claim.message().body(), claim.message().flags()));
        model.addAttribute("earlier", messages.earlierDecisions(claim.message().contactId(), id, EARLIER_SHOWN));
        model.addAttribute("secondsLeft", secondsLeft);
        model.addAttribute("timeLeft", secondsLeft / 60 + ":" + String.format("%02d", secondsLeft % 60));
        return true;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
