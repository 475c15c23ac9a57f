package org.inkwell.investigations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as stored; {@link #status(Instant)} is what it is at a moment (an OPEN case past its end is EXPIRED). */
public record InvestigationCase(
        UUID id,
        UUID agencyId,
        String caseNumber,
        String legalBasis,
        int accessDays,
        CaseStatus storedStatus,
        UUID openedBy,
        String openedByName,
        Instant openedAt,
        String decidedByName,
        Instant decidedAt,
        String decisionReason,
        Instant accessUntil,
        Instant closedAt,
        List<CaseSubject> subjects) {

    public CaseStatus status(Instant now) {
        return storedStatus == CaseStatus.OPEN && !now.isBefore(accessUntil) ? CaseStatus.EXPIRED : storedStatus;
    }
}
