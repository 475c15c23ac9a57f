package org.inkwell.audit;

import java.util.UUID;

import org.inkwell.platform.Caller;

/**
 * One thing that happened, as it goes into the log. {@code actorId} is null where nobody was
 * authenticated (a failed login names the login it tried in {@code actorName}).
 */
public record AuditEntry(
        String actorId,
        String actorName,
        String actorRole,
        String action,
        String target,
        AuditOutcome outcome,
        UUID facilityId,
        UUID agencyId,
        String detail) {

    public static AuditEntry by(Caller caller, String action, String target, AuditOutcome outcome) {
        return new AuditEntry(caller.id().toString(), caller.name(), caller.role().name(), action, target, outcome,
                caller.facilityId(), caller.agencyId(), null);
    }

    public static AuditEntry anonymous(String claimedLogin, String action, AuditOutcome outcome) {
        return new AuditEntry(null, claimedLogin, null, action, claimedLogin, outcome, null, null, null);
    }

    public AuditEntry withDetail(String newDetail) {
        return new AuditEntry(actorId, actorName, actorRole, action, target, outcome, facilityId, agencyId, newDetail);
    }

    /** Files the entry under a facility (and its agency) so that facility's admins can see it. */
    public AuditEntry inFacility(UUID facility, UUID agency) {
        return new AuditEntry(actorId, actorName, actorRole, action, target, outcome, facility, agency, detail);
    }
}
