package org.inkwell.review;

/**
 * How a reviewer's console behaves for them, on any workstation: whether a decision goes straight on to
 * the next message, and whether single keys decide (WCAG 2.1.4: a person who types by voice or slips on
 * a key must be able to turn them off).
 */
public record ReviewerSettings(boolean claimNextAfterDecision, boolean singleKeyShortcuts) {

    /** What a reviewer who never changed anything gets. */
    public static final ReviewerSettings DEFAULTS = new ReviewerSettings(false, true);
}
