package org.inkwell.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation sent from inside, as its sender sees it. The code itself went only to the invitee;
 * {@code expiresAt} is set once the email went out.
 */
public record Invitation(UUID id, String email, String fullName, Relationship relationship, InvitationStatus status,
                         Instant expiresAt, UUID contactId) {
}
