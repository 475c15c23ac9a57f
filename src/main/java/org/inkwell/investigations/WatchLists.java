package org.inkwell.investigations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.investigations.internal.WatchRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's watch list: terms (a message holding one is held for a reviewer, wherever it is written) and
 * people or outside accounts (an alert only: what they send is delivered as usual, so nobody is tipped
 * off). Adding a watch and reading alerts need an open case and go into the access log.
 */
@Service
public class WatchLists {

    private static final int MAX_TERM = 100;
    private static final Pattern WORDY = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Cases cases;
    private final AccessLog accessLog;
    private final WatchRepository watches;
    private final AuditLog audit;
    private final Clock clock;

    WatchLists(Cases cases, AccessLog accessLog, WatchRepository watches, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.watches = watches;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Watch add(Caller investigator, UUID caseId, WatchKind kind, String rawValue) {
        InvestigationCase through = cases.requireUsable(investigator, caseId);
        if (kind == null) {
            throw ApiException.invalidField("kind", "must be TERM, PERSON or EMAIL");
        }
        String value = rawValue == null ? "" : rawValue.strip();
        UUID inmate = null;
        UUID account = null;
        UUID facility = null;
        switch (kind) {
            case TERM -> {
                if (value.length() < 2 || value.length() > MAX_TERM || !WORDY.matcher(value).find()
                        || CONTROL.matcher(value).find()) {
                    throw ApiException.invalidField("value", "a watched term is 2 to " + MAX_TERM
                            + " characters with at least one letter or digit");
                }
            }
            case PERSON -> {
                int colon = value.indexOf(':');
                if (colon < 1 || colon == value.length() - 1) {
                    throw ApiException.invalidField("value", "a watched person reads FACILITY:NUMBER");
                }
                CaseSubject person = cases.subject(through.agencyId(), "value",
                        new NewSubject(value.substring(0, colon), value.substring(colon + 1), null));
                inmate = person.inmateId();
                facility = person.facilityId();
                value = person.facility() + ":" + person.inmateNumber();
            }
            case EMAIL -> {
                CaseSubject outside = cases.subject(through.agencyId(), "value", new NewSubject(null, null, value));
                account = outside.accountId();
                value = outside.email();
            }
        }
        Watch watch = new Watch(UUID.randomUUID(), caseId, kind, value);
        watches.insert(watch, through.agencyId(), inmate, account, investigator.id(), now());
        accessLog.record(investigator, through, AccessAction.WATCH, kind + " " + value, null, facility);
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_WATCH_ADDED", caseId.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + through.caseNumber() + ": " + kind + " " + value));
        return watch;
    }

    @Transactional(readOnly = true)
    public List<Watch> of(Caller investigator, UUID caseId) {
        cases.get(investigator, caseId);
        return watches.ofCase(caseId);
    }

    /** Ends a watch; allowed on any of the investigator's cases, open or not, since it reads nothing. */
    @Transactional
    public void remove(Caller investigator, UUID caseId, UUID watchId) {
        InvestigationCase own = cases.get(investigator, caseId);
        if (!watches.remove(caseId, watchId, now())) {
            throw ApiException.notFound("No such watch on this case.");
        }
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_WATCH_REMOVED", caseId.toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + own.caseNumber() + ": watch " + watchId));
    }

    /** The case's alerts, newest first. */
    @Transactional
    public List<WatchAlert> alerts(Caller investigator, UUID caseId) {
        InvestigationCase through = cases.requireUsable(investigator, caseId);
        accessLog.record(investigator, through, AccessAction.ALERTS, null, null, null);
        return watches.alerts(caseId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
