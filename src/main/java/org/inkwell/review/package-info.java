/**
 * The review queue: claims as leases taken with {@code FOR UPDATE SKIP LOCKED} (two reviewers never
 * hold one message, on any number of instances), decisions recorded once, overdue messages first, and
 * the service-level figures of a facility.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.inkwell.review;
