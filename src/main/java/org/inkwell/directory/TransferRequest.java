package org.inkwell.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A facility's roster row naming someone held at another facility of the agency. {@code name} is the
 * person's name as the holding facility has it; {@code nameInFile} what the requesting facility's file
 * said, which is never applied by the transfer itself.
 */
public record TransferRequest(
        UUID id,
        TransferStatus status,
        UUID inmateId,
        String number,
        String name,
        UUID fromFacilityId,
        String fromFacility,
        UUID toFacilityId,
        String toFacility,
        String nameInFile,
        String housingUnit,
        boolean newPin,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String reason) {

    public boolean namesDiffer() {
        return !name.equalsIgnoreCase(nameInFile);
    }
}
