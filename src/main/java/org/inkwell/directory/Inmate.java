package org.inkwell.directory;

import java.util.UUID;

/** A person on a facility's roster. */
public record Inmate(
        UUID id,
        UUID agencyId,
        UUID facilityId,
        String facilityCode,
        String number,
        String firstName,
        String lastName,
        InmateStatus status,
        String housingUnit) {

    public String name() {
        return firstName + " " + lastName;
    }

    public boolean inCustody() {
        return status == InmateStatus.IN_CUSTODY;
    }
}
