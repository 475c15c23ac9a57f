package org.inkwell.identity;

import java.util.UUID;

/** A public account as other modules see it. */
public record AccountSummary(UUID id, String email, String fullName, boolean emailVerified, String locale) {
}
