package org.inkwell.contacts;

import java.time.Instant;

/** One change of a contact: who (role and name), what, and why. */
public record ContactHistoryEntry(Instant at, String actorRole, String actorName, String action, String reason) {
}
