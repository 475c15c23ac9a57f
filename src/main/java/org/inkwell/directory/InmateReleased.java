package org.inkwell.directory;

import java.time.Instant;
import java.util.UUID;

/** A person left custody; their contacts close. Published in the roster import's transaction. */
public record InmateReleased(UUID inmateId, UUID facilityId, Instant at) {
}
