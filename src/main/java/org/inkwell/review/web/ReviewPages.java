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
import org.inkwell.platform.WebPage;
import org.inkwell.review.Claim;
import org.inkwell.review.Decision;
import org.inkwell.review.ReviewStats;
import org.inkwell.review.Reviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviewer's console: the queue's figures, claiming the next message, and reading it with every
 * screening flag marked in place before approving or rejecting it.
 */
@WebPage
class ReviewPages {

    /** How many earlier decisions on the same contact the reviewer sees. */
    private static final int EARLIER_SHOWN = 10;

    private final Reviews reviews;
    private final Messages messages;
    private final Clock clock;

    ReviewPages(Reviews reviews, Messages messages, Clock clock) {
        this.messages = messages;
        this.reviews = reviews;
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
    String console(Model model) {
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
    String message(@PathVariable UUID id, HttpServletResponse response, Model model) {
        if (!show(Caller.required(), id, model)) {
            response.setStatus(409);
        }
        return "staff/review-message";
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/staff/review/messages/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reasonCode, @RequestParam(defaultValue = "") String note,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            reviews.decide(caller, id, parse(Decision.class, decision), parse(RejectionReason.class, reasonCode),
                    note.isBlank() ? null : note);
            return "redirect:/staff/review?decided";
        } catch (ApiException refused) {
            response.setStatus(refused.status().value());
            List<FieldError> errors = refused.errors().isEmpty()
                    ? List.of(new FieldError("decision", "review.error.notHeld"))
                    : refused.errors().stream().map(e -> new FieldError(e.field(), "review.error." + e.field())).toList();
            show(caller, id, model);
            model.addAttribute("errors", errors);
            model.addAttribute("reasonError", errors.stream().anyMatch(e -> e.field().equals("reasonCode")));
            model.addAttribute("noteError", errors.stream().anyMatch(e -> e.field().equals("note")));
            model.addAttribute("reasonCode", reasonCode);
            model.addAttribute("note", note);
            return "staff/review-message";
        }
    }

    /** Puts the held message on the page; answers false when the reviewer does not hold this one. */
    private boolean show(Caller caller, UUID id, Model model) {
        Optional<Claim> held = reviews.held(caller).filter(c -> c.message().id().equals(id));
        model.addAttribute("reasons", RejectionReason.values());
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

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
