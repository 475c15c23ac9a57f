package org.inkwell.investigations;

import java.util.UUID;

/** PERSON values read {@code FACILITY:NUMBER}; EMAIL values are an outside account's address. */
public record Watch(UUID id, UUID caseId, WatchKind kind, String value) {
}
