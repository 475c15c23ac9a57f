package org.inkwell.investigations;

import java.time.Instant;
import java.util.UUID;

/** One line of the access log; {@code id} is the keyset cursor of the next page ({@code before}). */
public record AccessEntry(long id, Instant at, String investigator, String caseNumber, AccessAction action,
                          String query, UUID messageId) {
}
