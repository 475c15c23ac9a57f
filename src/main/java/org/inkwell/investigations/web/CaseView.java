package org.inkwell.investigations.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.inkwell.investigations.CaseStatus;
import org.inkwell.investigations.CaseSubject;
import org.inkwell.investigations.InvestigationCase;

/** A case as docs/api.md shows it, with its status at the moment of the answer. */
record CaseView(UUID id, String caseNumber, String legalBasis, CaseStatus status, List<SubjectView> subjects,
                String openedBy, Instant openedAt, Instant accessUntil, int accessDays, String decidedBy,
                Instant decidedAt, String decisionReason, Instant closedAt) {

    static CaseView of(InvestigationCase c, Clock clock) {
        return new CaseView(c.id(), c.caseNumber(), c.legalBasis(), c.status(clock.instant()),
                c.subjects().stream().map(SubjectView::of).toList(), c.openedByName(), c.openedAt(), c.accessUntil(),
                c.accessDays(), c.decidedByName(), c.decidedAt(), c.decisionReason(), c.closedAt());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubjectView(String facility, String inmateNumber, String email) {
        static SubjectView of(CaseSubject s) {
            return s.isPerson() ? new SubjectView(s.facility(), s.inmateNumber(), null)
                    : new SubjectView(null, null, s.email());
        }
    }
}
