package org.inkwell.messaging;

import java.util.UUID;

/**
 * A message was stored and queued, published inside the send transaction so a listener's work (an
 * investigation's alert) commits with the message or not at all. {@code watchFlagged}: the screen found
 * a watched term in it. Never published for privileged legal mail: nothing may watch or match it.
 */
public record MessageSubmitted(UUID messageId, UUID agencyId, UUID inmateId, UUID accountId, boolean watchFlagged) {
}
