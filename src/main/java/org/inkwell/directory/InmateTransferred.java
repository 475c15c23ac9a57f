package org.inkwell.directory;

import java.time.Instant;
import java.util.UUID;

/** A person moved between two facilities of one agency; approved contacts follow them. */
public record InmateTransferred(UUID inmateId, UUID fromFacilityId, UUID toFacilityId, Instant at) {
}
