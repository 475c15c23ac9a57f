package org.inkwell.contacts;

import java.time.Instant;
import java.util.UUID;

import org.inkwell.directory.Inmate;

/** An invitation waiting for staff before its email may go out, with why it waits. */
public record HeldInvitation(UUID id, Inmate inmate, String email, String fullName, Relationship relationship,
                             String heldBecause, Instant createdAt) {
}
