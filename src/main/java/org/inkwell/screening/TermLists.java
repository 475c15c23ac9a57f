package org.inkwell.screening;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.Caller;
import org.inkwell.screening.internal.DefaultTerms;
import org.inkwell.screening.internal.NormalizedText;
import org.inkwell.screening.internal.TermRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the term lists. A facility admin adds and retires terms for their facility and sees the
 * agency's list it extends; every change bumps the agency's list version and is audited.
 */
@Service
public class TermLists {

    private static final int MAX_TERM = 100;

    public record ListedTerm(long id, Category category, String term, String scope) {
    }

    public record Lists(long version, List<ListedTerm> terms) {
    }

    private final TermRepository terms;
    private final Screener screener;
    private final AuditLog audit;
    private final Clock clock;

    TermLists(TermRepository terms, Screener screener, AuditLog audit, Clock clock) {
        this.terms = terms;
        this.screener = screener;
        this.audit = audit;
        this.clock = clock;
    }

    public Lists forFacility(Caller admin) {
        return new Lists(terms.version(admin.agencyId()), terms.live(admin.agencyId(), admin.facilityId()).stream()
                .map(t -> new ListedTerm(t.id(), t.category(), t.term(), t.facilityId() == null ? "AGENCY" : "FACILITY"))
                .toList());
    }

    @Transactional
    public ListedTerm addForFacility(Caller admin, Category category, String term) {
        FieldChecks checks = new FieldChecks();
        checks.check(() -> {
            if (category == null || !category.termList()) {
                throw ApiException.invalidField("terms.category-invalid", "category",
                        "must be one of the term-list categories");
            }
        });
        String cleaned = term == null ? "" : term.trim().toLowerCase(java.util.Locale.ROOT);
        checks.check(() -> {
            if (cleaned.isEmpty() || cleaned.length() > MAX_TERM || NormalizedText.fold(cleaned).isEmpty()) {
                throw ApiException.invalidField("terms.term-invalid", "term",
                        "must have letters or digits, at most " + MAX_TERM + " characters");
            }
        });
        checks.done();
        long id = terms.add(admin.agencyId(), admin.facilityId(), category, cleaned, admin.name(), clock.instant())
                .orElseThrow(() -> ApiException.conflict("terms.exists",
                        "This term is already on your facility's list."));
        terms.bumpVersion(admin.agencyId());
        screener.invalidate(admin.agencyId());
        audit.record(AuditEntry.by(admin, "SCREENING_TERM_ADDED", category + ":" + cleaned, AuditOutcome.SUCCESS));
        return new ListedTerm(id, category, cleaned, "FACILITY");
    }

    @Transactional
    public void retireForFacility(Caller admin, long id) {
        TermRepository.StoredTerm term = terms.find(id)
                .filter(t -> terms.agencyOf(id).map(admin.agencyId()::equals).orElse(false))
                .orElseThrow(() -> ApiException.notFound("terms.not-found", "No such term on your lists."));
        if (term.facilityId() == null || !term.facilityId().equals(admin.facilityId())) {
            throw ApiException.forbidden("terms.agency-wide",
                    "Agency-wide terms are changed by the agency, not by one facility.");
        }
        terms.retire(id, admin.name(), clock.instant());
        terms.bumpVersion(admin.agencyId());
        screener.invalidate(admin.agencyId());
        audit.record(AuditEntry.by(admin, "SCREENING_TERM_RETIRED", term.category() + ":" + term.term(), AuditOutcome.SUCCESS));
    }

    /** Loads the default list (shipped in the jar) into an agency that has no terms yet; answers how many. */
    @Transactional
    public int seedDefaults(UUID agencyId) {
        if (terms.anyTerms(agencyId)) {
            return 0;
        }
        int added = terms.addAll(agencyId, DefaultTerms.load(), "default list", clock.instant());
        terms.bumpVersion(agencyId);
        return added;
    }
}
