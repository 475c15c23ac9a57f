package org.inkwell.investigations;

import java.util.UUID;

/** Whom a case is about: a person in custody (facility and number) or an outside account (email). */
public record CaseSubject(UUID facilityId, String facility, UUID inmateId, String inmateNumber, UUID accountId,
                          String email) {

    public boolean isPerson() {
        return inmateId != null;
    }
}
