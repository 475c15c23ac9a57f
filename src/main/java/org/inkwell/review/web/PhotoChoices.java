package org.inkwell.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.messaging.RejectionReason;
import org.inkwell.platform.FieldError;
import org.inkwell.review.Decision;
import org.inkwell.review.PhotoDecision;
import org.springframework.util.MultiValueMap;

/**
 * The review form's word on each photo, as its fields name it: the radio buttons {@code photo-<id>}
 * (APPROVE or REJECT) and the reason {@code photoReason-<id>}, kept as sent so a refused form shows
 * the reviewer's choices again. A field whose name holds no photo id is no photo's and is left out.
 */
record PhotoChoices(Map<UUID, String> decisionNames, Map<UUID, String> reasonNames) {

    static final String DECISION = "photo-";
    static final String REASON = "photoReason-";
    private static final String REASON_REQUIRED = "review.photo-reason-required";

    static PhotoChoices of(MultiValueMap<String, String> fields) {
        Map<UUID, String> decisions = new LinkedHashMap<>();
        Map<UUID, String> reasons = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (values.isEmpty()) {
                return;
            }
            if (name.startsWith(DECISION)) {
                idIn(name.substring(DECISION.length())).ifPresent(id -> decisions.put(id, values.get(0)));
            } else if (name.startsWith(REASON)) {
                idIn(name.substring(REASON.length())).ifPresent(id -> reasons.put(id, values.get(0)));
            }
        });
        return new PhotoChoices(decisions, reasons);
    }

    /** A reason left chosen on a photo then marked to be delivered is not the photo's reason. */
    List<PhotoDecision> decisions() {
        return decisionNames.entrySet().stream().map(e -> {
            Decision decision = ReviewPages.parse(Decision.class, e.getValue());
            RejectionReason reason = decision == Decision.REJECT
                    ? ReviewPages.parse(RejectionReason.class, reasonNames.getOrDefault(e.getKey(), "")) : null;
            return new PhotoDecision(e.getKey(), decision, reason);
        }).toList();
    }

    /**
     * The refusal of a photo rejected without a reason, said beside each such photo's reason rather than
     * once for all photos; the form's other errors as they were.
     */
    List<FieldError> besideTheirPhotos(List<FieldError> errors) {
        List<FieldError> placed = new ArrayList<>();
        for (FieldError error : errors) {
            if (REASON_REQUIRED.equals(error.message())) {
                decisions().stream().filter(p -> p.decision() == Decision.REJECT && p.reasonCode() == null)
                        .forEach(p -> placed.add(new FieldError(REASON + p.photoId(), REASON_REQUIRED)));
            } else {
                placed.add(error);
            }
        }
        return placed;
    }

    private static Optional<UUID> idIn(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
