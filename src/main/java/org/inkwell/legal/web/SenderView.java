package org.inkwell.legal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.inkwell.legal.Suspension;

/** An approved attorney for admins: who, their bar, where the privilege holds, and where it is suspended. */
record SenderView(UUID accountId, String fullName, String email, UUID registrationId, String barNumber,
        String barState, String firm, String phone, String agency, String scope, LocalDate recheckOn,
        boolean recheckDue, List<SuspensionView> suspensions) {

    record SuspensionView(UUID id, String facility, String reason, String suspendedBy, Instant suspendedAt) {
        static SuspensionView of(Suspension s, String facilityCode) {
            return new SuspensionView(s.id(), facilityCode, s.reason(), s.suspendedByName(), s.suspendedAt());
        }
    }
}
