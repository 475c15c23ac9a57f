package org.inkwell.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.RosterImportResult.RejectedRow;
import org.inkwell.directory.internal.FacilityRepository;
import org.inkwell.directory.internal.InmateRepository;
import org.inkwell.directory.internal.RosterImportRepository;
import org.inkwell.directory.internal.RosterCsv;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/** The people in custody: lookup, kiosk PIN checks and the facility's roster sync. */
@Service
public class Roster {

    /** Compared against when the person does not exist, so an unknown number takes as long as a wrong PIN. */
    private final SingletonSupplier<String> unknownPersonHash;

    private static final int MAX_SEARCH = 100;

    private final InmateRepository inmates;
    private final FacilityRepository facilityRows;
    private final RosterImportRepository imports;
    private final Facilities facilities;
    private final PasswordEncoder hashes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Transfers transfers;
    private final Clock clock;

    Roster(InmateRepository inmates, FacilityRepository facilityRows, RosterImportRepository imports,
            Facilities facilities, PasswordEncoder hashes, AuditLog audit, ApplicationEventPublisher events, Transfers transfers, Clock clock) {
        this.inmates = inmates;
        this.facilityRows = facilityRows;
        this.imports = imports;
        this.facilities = facilities;
        this.hashes = hashes;
        this.audit = audit;
        this.events = events;
        this.transfers = transfers;
        this.clock = clock;
        this.unknownPersonHash = SingletonSupplier.of(() -> hashes.encode("no-such-person-" + UUID.randomUUID()));
    }

    public Optional<Inmate> findById(UUID id) {
        return inmates.findById(id);
    }

    /** The person with the facility that holds them, in one read. */
    public Optional<PersonAtFacility> findWithFacility(UUID id) {
        return facilityRows.findWithPerson(id);
    }

    /** The people with these ids, by id; unknown ids are left out. */
    public Map<UUID, Inmate> findAll(Collection<UUID> ids) {
        return inmates.findAll(ids).stream().collect(Collectors.toMap(Inmate::id, Function.identity()));
    }

    /**
     * People released longer ago than their releasing facility's {@code retentionDays}: a page in id order
     * after {@code afterId} (null: the first page).
     */
    public List<UUID> releasedPastRetention(Instant now, UUID afterId, int limit) {
        return inmates.releasedPastRetention(now, afterId, limit);
    }

    /** Which of these (upper-case) numbers belong to someone on the agency's roster. */
    public Set<String> existingNumbers(UUID agencyId, Collection<String> numbers) {
        return Set.copyOf(inmates.existingNumbers(agencyId, numbers));
    }

    /** The person with this number at this facility, if in custody there. */
    public Optional<Inmate> findInCustody(String facilityCode, String number) {
        return inmates.findAtFacility(normalise(facilityCode), normalise(number)).filter(Inmate::inCustody);
    }

    /** The person the agency knows by this number, wherever held and whether or not still in custody. */
    public Optional<Inmate> findInAgency(UUID agencyId, String number) {
        return inmates.findInAgency(agencyId, normalise(number));
    }

    /**
     * The person with this number held at the staff member's own facility. Anyone else, wherever held,
     * answers 404 as if unknown: staff act only on their own facility's people.
     */
    public Inmate heldAtCallersFacility(Caller staff, String number) {
        return Optional.ofNullable(staff.facilityId())
                .flatMap(facilities::findById)
                .flatMap(facility -> findInCustody(facility.code(), number))
                .orElseThrow(() -> ApiException.notFound("person.not-held-here",
                        "No one with that number is held at your facility."));
    }

    /** The person in custody whose kiosk PIN this is; empty for any wrong detail. */
    public Optional<Inmate> authenticate(String facilityCode, String number, String pin) {
        Optional<Inmate> inmate = findInCustody(facilityCode, number);
        String hash = inmate.flatMap(i -> inmates.pinHash(i.id())).orElseGet(unknownPersonHash);
        boolean matches = pin != null && hashes.matches(pin, hash);
        return matches && inmate.isPresent() ? inmate : Optional.empty();
    }

    /** Adds a person directly (demo data and tests of other modules); the roster file is the usual way. */
    @Transactional
    public Inmate book(Facility facility, String number, String firstName, String lastName, String housingUnit,
            String pin) {
        Inmate inmate = new Inmate(UUID.randomUUID(), facility.agency().id(), facility.id(), facility.code(),
                normalise(number), firstName, lastName, InmateStatus.IN_CUSTODY, housingUnit);
        inmates.insert(inmate, pin == null ? null : hashes.encode(pin), clock.instant());
        return inmates.findAtFacility(facility.code(), inmate.number()).orElseThrow();
    }

    /**
     * Applies a roster file for the admin's facility: books new people, updates names and housing, and
     * releases. A row for someone held at another facility of the agency is not applied: it becomes a
     * transfer request that facility confirms (see {@link Transfers}). Every row that passes its checks is
     * applied, whatever happens to the others; a file that is not CSV changes nothing.
     */
    @Transactional
    public RosterImportResult importCsv(Caller admin, byte[] file) {
        return run(admin, ownFacility(admin), file);
    }

    /**
     * As {@link #importCsv}, and keeps the result (for 30 days) under the id this answers, so the page that
     * shows it can be reloaded without importing the file again.
     */
    @Transactional
    public UUID importAndKeep(Caller admin, byte[] file) {
        Facility facility = ownFacility(admin);
        RosterImportResult result = run(admin, facility, file);
        UUID id = UUID.randomUUID();
        imports.insert(id, facility.id(), admin.id(), clock.instant(), result);
        return id;
    }

    /** A kept import result of the admin's own facility; anyone else's answers 404. */
    public RosterImportResult importResult(Caller admin, UUID id) {
        return imports.find(id, ownFacility(admin).id())
                .orElseThrow(() -> ApiException.notFound("roster.no-such-import", "No such roster import at your facility."));
    }

    /** One page of the people in custody at the admin's facility, by number; see {@link RosterPage}. */
    public RosterPage inCustody(Caller admin, String search, String after, int pageSize) {
        Facility facility = ownFacility(admin);
        String text = search == null ? "" : search.strip();
        if (text.length() > MAX_SEARCH) {
            throw ApiException.invalidField("roster.search-too-long", "q", "must be at most " + MAX_SEARCH + " characters");
        }
        String from = after == null ? "" : normalise(after);
        List<Inmate> found = inmates.inCustodyAt(facility.id(), text, from, pageSize + 1);
        boolean more = found.size() > pageSize;
        List<Inmate> people = more ? found.subList(0, pageSize) : found;
        return new RosterPage(List.copyOf(people), inmates.countInCustodyAt(facility.id(), text),
                more ? people.get(people.size() - 1).number() : null);
    }

    private Facility ownFacility(Caller admin) {
        return Optional.ofNullable(admin.facilityId()).flatMap(facilities::findById)
                .orElseThrow(() -> ApiException.forbidden("Your account is not attached to a facility."));
    }

    private RosterImportResult run(Caller admin, Facility facility, byte[] file) {
        RosterCsv.Parsed parsed = RosterCsv.parse(file);
        Instant now = clock.instant();
        Counts counts = new Counts();
        List<RejectedRow> rejected = new ArrayList<>(parsed.rejected());
        for (RosterCsv.Row row : parsed.rows()) {
            String refusal = apply(admin, facility, row, now, counts);
            if (refusal != null) {
                rejected.add(new RejectedRow(row.line(), row.number(), refusal));
            }
        }
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        RosterImportResult result = new RosterImportResult(counts.added, counts.updated, counts.awaitingTransfer,
                counts.released, rejected);
        audit.record(AuditEntry.by(admin, "ROSTER_IMPORTED", facility.code(), AuditOutcome.SUCCESS)
                .withDetail("added=%d updated=%d awaitingTransfer=%d released=%d rejected=%d".formatted(result.added(),
                        result.updated(), result.awaitingTransfer(), result.released(), rejected.size())));
        return result;
    }

    private String apply(Caller admin, Facility facility, RosterCsv.Row row, Instant now, Counts counts) {
        Optional<Inmate> existing = inmates.lockInAgency(facility.agency().id(), row.number());
        String pinHash = row.pin() == null ? null : hashes.encode(row.pin());
        if (row.status() == InmateStatus.RELEASED) {
            if (existing.isEmpty()) {
                return "no one with this number is on the agency's roster";
            }
            Inmate inmate = existing.get();
            if (!inmate.facilityId().equals(facility.id())) {
                return "this person is held at " + inmate.facilityCode() + "; only that facility can release them";
            }
            if (inmate.inCustody()) {
                inmates.release(inmate.id(), now);
                transfers.withdrawFor(inmate.id(), now);
                events.publishEvent(new InmateReleased(inmate.id(), facility.id(), now));
                counts.released++;
            }
            return null;
        }
        if (existing.isEmpty()) {
            Inmate inmate = new Inmate(UUID.randomUUID(), facility.agency().id(), facility.id(), facility.code(),
                    row.number(), row.firstName(), row.lastName(), InmateStatus.IN_CUSTODY, row.housingUnit());
            inmates.insert(inmate, pinHash, now);
            counts.added++;
            return null;
        }
        Inmate inmate = existing.get();
        if (inmate.inCustody() && !inmate.facilityId().equals(facility.id())) {
            counts.awaitingTransfer++;
            return transfers.request(admin, facility, inmate, row, pinHash, now);
        }
        inmates.book(inmate.id(), facility.id(), row.firstName(), row.lastName(), row.housingUnit(), now);
        if (pinHash != null) {
            inmates.setPinHash(inmate.id(), pinHash);
        }
        if (inmate.inCustody()) {
            counts.updated++;
        } else {
            counts.added++;
        }
        return null;
    }

    private static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static final class Counts {
        int added;
        int updated;
        int awaitingTransfer;
        int released;
    }
}
