package org.inkwell.investigations;

import java.time.Instant;
import java.util.UUID;

public record WatchAlert(UUID id, Instant at, UUID messageId, WatchKind kind, String value) {
}
