package org.inkwell.investigations;

import java.time.Instant;

/** An investigator the opener added to a case: they see and use it as the opener does. */
public record CaseMember(String username, String name, String addedBy, Instant addedAt) {
}
