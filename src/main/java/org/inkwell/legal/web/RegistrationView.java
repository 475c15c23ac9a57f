package org.inkwell.legal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.inkwell.identity.AccountSummary;
import org.inkwell.legal.LegalRegistration;
import org.inkwell.legal.RegistrationChange;
import org.inkwell.legal.RegistrationStatus;

/**
 * A registration as the applicant and staff see it. {@code scope}: where an approval holds, EVERYWHERE
 * (a platform admin approved it) or AGENCY (the facilities of {@code agency}); null until approved.
 * {@code applicant} is given to staff only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RegistrationView(UUID id, RegistrationStatus status, String barNumber, String barState, String firm,
        String phone, String agency, String scope, Instant appliedAt, LocalDate recheckOn, boolean recheckDue,
        Instant decidedAt, String decidedBy, String reason, Applicant applicant, List<RegistrationChange> history) {

    record Applicant(UUID id, String fullName, String email) {
    }

    /**
     * For staff, with the applicant (only the id once the account is gone); otherwise for the applicant, who
     * is not told which staff member decided (staff names stay inside) but sees every status, date and reason.
     */
    static RegistrationView of(LegalRegistration r, String agencyCode, LocalDate today, boolean forStaff,
            AccountSummary applicant, List<RegistrationChange> history) {
        String scope = r.status() != RegistrationStatus.APPROVED ? null : r.everywhere() ? "EVERYWHERE" : "AGENCY";
        return new RegistrationView(r.id(), r.status(), r.barNumber(), r.barState(), r.firm(), r.phone(), agencyCode,
                scope, r.appliedAt(), r.recheckOn(),
                r.status() == RegistrationStatus.APPROVED && r.recheckOn() != null && today.isAfter(r.recheckOn()),
                r.decidedAt(), forStaff ? r.decidedByName() : null, r.reason(),
                !forStaff ? null : applicant == null ? new Applicant(r.accountId(), null, null)
                        : new Applicant(applicant.id(), applicant.fullName(), applicant.email()),
                forStaff ? history : history.stream().map(c -> new RegistrationChange(c.status(), c.at(), null,
                        c.byRole(), c.everywhere(), c.recheckOn(), c.reason())).toList());
    }
}
