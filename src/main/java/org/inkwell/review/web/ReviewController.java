package org.inkwell.review.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.PhotoView;
import org.inkwell.messaging.RejectionReason;
import org.inkwell.platform.Caller;
import org.inkwell.review.Claim;
import org.inkwell.review.Decision;
import org.inkwell.review.PhotoDecision;
import org.inkwell.review.ReviewStats;
import org.inkwell.review.Reviews;
import org.inkwell.screening.Category;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/staff/review")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    /** The next message to read (or the one already held), held until {@code claimedUntil}; 204 when none waits. */
    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/claim")
    ResponseEntity<ClaimView> claim() {
        return reviews.claim(Caller.required()).map(ClaimView::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/{id}/decision")
    DecisionView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request) {
        reviews.decide(Caller.required(), id, request.decision(), request.reasonCode(), request.note(),
                request.photoDecisions() == null ? List.of() : request.photoDecisions());
        return new DecisionView(id, request.decision(), request.reasonCode());
    }

    /**
     * Gives a held message back undecided, to its place in the queue. 409 when the caller does not hold
     * it (never claimed, lapsed or decided); 404 for a message outside the caller's facility.
     */
    @PreAuthorize("hasRole('REVIEWER')")
    @PostMapping("/{id}/release")
    Released release(@PathVariable UUID id) {
        reviews.release(Caller.required(), id);
        return new Released(id);
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'FACILITY_ADMIN')")
    @GetMapping("/stats")
    ReviewStats stats() {
        return reviews.stats(Caller.required());
    }

    record DecisionRequest(@NotNull Decision decision, RejectionReason reasonCode, String note,
                           @io.swagger.v3.oas.annotations.media.Schema(description = "A word on each photo: with "
                                   + "APPROVE, each photo is approved unless listed here as REJECT (reasonCode required); "
                                   + "with REJECT, every photo is rejected, for its listed reasonCode or the message's. "
                                   + "Each rejected photo is refunded on its own (a REFUND whose reference names the "
                                   + "photo). A photo not on the message: 400.")
                           List<PhotoDecision> photoDecisions) {
    }

    record DecisionView(UUID id, Decision decision, RejectionReason reasonCode) {
    }

    /** The message given back; it waits in the queue again. */
    record Released(UUID id) {
    }

    record Person(String name) {
    }

    record FlagView(Category category, String match, int start, int end) {
    }

    record Screening(int score, List<FlagView> flags) {
    }

    /** {@code photos}: every photo on the message, each with {@code similarToRejected}. */
    record ClaimView(UUID id, Direction direction, String body, String facility, Person sender, Person recipient,
                     Instant submittedAt, Instant claimedUntil, Screening screening, List<PhotoView> photos) {
        static ClaimView of(Claim claim) {
            var m = claim.message();
            return new ClaimView(m.id(), m.direction(), m.body(), m.facility(), new Person(m.senderName()),
                    new Person(m.recipientName()), m.submittedAt(), claim.claimedUntil(),
                    new Screening(m.riskScore(), m.flags().stream()
                            .map(f -> new FlagView(f.category(), f.match(), f.start(), f.end())).toList()),
                    m.photos().stream().map(PhotoView::forReviewer).toList());
        }
    }
}
