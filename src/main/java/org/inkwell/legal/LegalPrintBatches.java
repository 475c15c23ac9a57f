package org.inkwell.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.legal.internal.LegalPrintBatchRepository;
import org.inkwell.legal.internal.LegalPrintBatchRepository.Batch;
import org.inkwell.legal.internal.PrivilegedLetterRepository;
import org.inkwell.legal.internal.RegistrationRepository;
import org.inkwell.legal.internal.SealedLetterRenderer;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FacilityTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper delivery of privileged legal mail, apart from the ordinary print batches: letters to people at a
 * paper facility are gathered per housing unit into legal print batches, printed as sealed sheets, and
 * delivered when staff confirm they were handed out. The batch's PDF is the print staff's only path to a
 * letter's text; each download is audited by who and how many letters, never what they say.
 */
@Service
public class LegalPrintBatches {

    public record BatchView(UUID id, String housingUnit, int letterCount, Instant createdAt, int downloads,
                            Instant confirmedAt) {
        static BatchView of(Batch b) {
            return new BatchView(b.id(), b.housingUnit(), b.letterCount(), b.createdAt(), b.downloads(), b.confirmedAt());
        }
    }

    /** The refusal at a facility that does not deliver on paper: it has no legal print batches. */
    public static final String NOT_PAPER = "legal-print.not-paper";

    private final LegalPrintBatchRepository batches;
    private final PrivilegedLetterRepository letters;
    private final SealedLetterRenderer renderer;
    private final RegistrationRepository registrations;
    private final Facilities facilities;
    private final Roster roster;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LegalPrintBatches(LegalPrintBatchRepository batches, PrivilegedLetterRepository letters, SealedLetterRenderer renderer,
            RegistrationRepository registrations, Facilities facilities, Roster roster, Accounts accounts, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.batches = batches;
        this.letters = letters;
        this.renderer = renderer;
        this.facilities = facilities;
        this.roster = roster;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Gathers every letter waiting for paper into new legal batches, one per housing unit. */
    @Transactional
    public List<BatchView> generate(Caller admin) {
        Facility facility = printFacility(admin);
        batches.lockFacility(facility.id());
        List<PrivilegedLetterRepository.Waiting> waiting = letters.awaitingPrint(facility.id());
        Map<UUID, Inmate> people = roster.findAll(waiting.stream().map(PrivilegedLetterRepository.Waiting::inmateId)
                .collect(Collectors.toSet()));
        Map<String, List<UUID>> byUnit = new TreeMap<>();
        for (PrivilegedLetterRepository.Waiting letter : waiting) {
            Inmate person = people.get(letter.inmateId());
            String unit = person == null || person.housingUnit() == null ? "UNASSIGNED" : person.housingUnit();
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(letter.messageId());
        }
        Instant now = clock.instant();
        List<BatchView> created = new ArrayList<>();
        byUnit.forEach((unit, ids) -> {
            UUID id = UUID.randomUUID();
            batches.insert(id, facility.id(), unit, ids, admin.id(), now);
            created.add(new BatchView(id, unit, ids.size(), now, 0, null));
        });
        audit.record(AuditEntry.by(admin, "LEGAL_PRINT_BATCHES_GENERATED", facility.code(), AuditOutcome.SUCCESS)
                .withDetail(created.size() + " batches, " + waiting.size() + " letters"));
        return created;
    }

    /** Whether the staff member's facility delivers on paper, so legal print batches are theirs to make. */
    public boolean printsOnPaper(Caller staff) {
        return staff.facilityId() != null && facilities.findById(staff.facilityId())
                .map(f -> f.delivery() == DeliveryMode.PRINT).orElse(false);
    }

    public List<BatchView> list(Caller admin) {
        return batches.forFacility(printFacility(admin).id(), 200).stream().map(BatchView::of).toList();
    }

    /** The batch as sealed sheets to print; audited by who and how many letters. A second download is marked a copy. */
    @Transactional
    public byte[] pdf(Caller admin, UUID batchId) {
        Facility facility = printFacility(admin);
        Batch batch = batch(facility, batchId);
        List<PrivilegedLetterRepository.PaperLetter> batched = letters.ofBatch(batchId);
        Map<UUID, Inmate> people = roster.findAll(batched.stream().map(PrivilegedLetterRepository.PaperLetter::inmateId)
                .collect(Collectors.toSet()));
        Map<UUID, AccountSummary> senders = accounts.findAll(batched.stream()
                .map(PrivilegedLetterRepository.PaperLetter::accountId).collect(Collectors.toSet()));
        ZoneId zone = ZoneId.of(facility.timeZone());
        String copy = batch.downloads() > 0
                ? "COPY — this legal batch was first downloaded " + FacilityTime.format(batch.firstDownloadedAt(), zone,
                        Locale.US) + "; it may already have been printed."
                : null;
        byte[] pdf = renderer.render(facility.name(), zone, batched.stream().map(l -> {
            Inmate person = people.get(l.inmateId());
            return new SealedLetterRenderer.Sheet(person.name(), person.number(), batch.housingUnit(),
                    senders.get(l.accountId()).fullName(),
                    registrations.currentOf(l.accountId()).map(LegalRegistration::firm).orElse(null), l.storedAt(),
                    l.body());
        }).toList(), copy);
        batches.recordDownload(batchId, clock.instant());
        audit.record(AuditEntry.by(admin, "LEGAL_PRINT_BATCH_DOWNLOADED", batchId.toString(), AuditOutcome.SUCCESS)
                .withDetail(batched.size() + " letters" + (copy == null ? "" : ", copy")));
        return pdf;
    }

    /** Staff handed the sealed letters out: they are delivered (and their charges settled). Once. */
    @Transactional
    public BatchView confirm(Caller admin, UUID batchId) {
        Facility facility = printFacility(admin);
        Batch batch = batch(facility, batchId);
        if (batch.confirmedAt() != null) {
            throw ApiException.conflict("legal-print.already-confirmed",
                    "This legal batch was already confirmed as handed out at " + batch.confirmedAt() + ".");
        }
        if (batch.downloads() == 0) {
            throw ApiException.conflict("legal-print.not-downloaded",
                    "Download and print the legal batch before confirming it was handed out.");
        }
        List<UUID> handedOut = batches.messagesOf(batchId);
        events.publishEvent(new LegalLettersHandedOut(handedOut));
        batches.confirm(batchId, admin.id(), clock.instant());
        audit.record(AuditEntry.by(admin, "LEGAL_PRINT_BATCH_CONFIRMED", batchId.toString(), AuditOutcome.SUCCESS)
                .withDetail(handedOut.size() + " letters"));
        return BatchView.of(batches.lock(batchId).orElseThrow());
    }

    private Batch batch(Facility facility, UUID batchId) {
        return batches.lock(batchId).filter(b -> b.facilityId().equals(facility.id()))
                .orElseThrow(() -> ApiException.notFound("legal-print.no-such-batch", "No such legal print batch at your facility."));
    }

    private Facility printFacility(Caller admin) {
        Facility facility = facilities.findById(admin.facilityId()).orElseThrow();
        if (facility.delivery() != DeliveryMode.PRINT) {
            throw ApiException.conflict(NOT_PAPER, facility.name() + " delivers on " + facility.delivery()
                    + ", not on paper: legal mail reaches people on their devices, there is nothing to print.");
        }
        return facility;
    }
}
