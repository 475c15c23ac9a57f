package org.inkwell.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An attorney's registration. {@code agencyId}: the agency whose facility admins may decide it (the agency
 * of the facility the applicant named; null when none was named: platform admins only). {@code everywhere}:
 * approved by a platform admin, so the privilege holds at every facility, not only at the agency's.
 */
public record LegalRegistration(
        UUID id,
        UUID accountId,
        String barNumber,
        String barState,
        String firm,
        String phone,
        UUID agencyId,
        RegistrationStatus status,
        boolean everywhere,
        Instant appliedAt,
        LocalDate recheckOn,
        UUID decidedBy,
        String decidedByName,
        Instant decidedAt,
        String reason) {

    /** Whether the privilege this registration grants holds at a facility of that agency on that day. */
    public boolean holdsFor(UUID facilityAgencyId, LocalDate today) {
        return status == RegistrationStatus.APPROVED && recheckOn != null && !today.isAfter(recheckOn)
                && (everywhere || (agencyId != null && agencyId.equals(facilityAgencyId)));
    }
}
