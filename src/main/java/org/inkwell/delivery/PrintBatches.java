package org.inkwell.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.delivery.internal.ApprovedPhotos;
import org.inkwell.delivery.internal.PrintBatchRepository;
import org.inkwell.delivery.internal.PrintBatchRepository.Batch;
import org.inkwell.delivery.internal.PrintedLetterRenderer;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.messaging.Message;
import org.inkwell.messaging.Messages;
import org.inkwell.photos.PhotoSize;
import org.inkwell.photos.Photos;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FacilityTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper delivery (the TextBehind model): approved messages are gathered into one batch per housing
 * unit, printed from a PDF, and marked delivered when staff confirm the batch was handed out. A
 * message joins exactly one batch, its approved photos with it; a batch is confirmed once; a second download
 * is marked as a copy.
 */
@Service
public class PrintBatches {

    public record BatchView(UUID id, String housingUnit, int messageCount, Instant createdAt, int downloads,
                            Instant confirmedAt) {
        static BatchView of(Batch b) {
            return new BatchView(b.id(), b.housingUnit(), b.messageCount(), b.createdAt(), b.downloads(), b.confirmedAt());
        }
    }

    /** The refusal at a facility that does not deliver on paper: it has no print batches. */
    public static final String NOT_PAPER = "print.not-paper";

    private final PrintBatchRepository batches;
    private final Messages messages;
    private final Facilities facilities;
    private final Roster roster;
    private final Accounts accounts;
    private final PrintedLetterRenderer renderer;
    private final ApprovedPhotos approvedPhotos;
    private final Photos photos;
    private final AuditLog audit;
    private final Clock clock;

    PrintBatches(PrintBatchRepository batches, Messages messages, Facilities facilities, Roster roster, Accounts accounts,
            PrintedLetterRenderer renderer, ApprovedPhotos approvedPhotos, Photos photos, AuditLog audit, Clock clock) {
        this.approvedPhotos = approvedPhotos;
        this.photos = photos;
        this.batches = batches;
        this.messages = messages;
        this.facilities = facilities;
        this.roster = roster;
        this.accounts = accounts;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Gathers every approved message not yet in a batch into new batches, one per housing unit. */
    @Transactional
    public List<BatchView> generate(Caller admin) {
        Facility facility = printFacility(admin);
        batches.lockFacility(facility.id());
        List<Message> waiting = messages.awaitingPrint(facility.id());
        Set<UUID> batched = batches.alreadyBatched(waiting.stream().map(Message::id).toList());
        List<Message> fresh = waiting.stream().filter(m -> !batched.contains(m.id())).toList();
        Map<UUID, Inmate> people = roster.findAll(fresh.stream().map(Message::inmateId).collect(Collectors.toSet()));
        Map<String, List<UUID>> byUnit = new TreeMap<>();
        for (Message message : fresh) {
            Inmate person = people.get(message.inmateId());
            String unit = person == null || person.housingUnit() == null ? "UNASSIGNED" : person.housingUnit();
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(message.id());
        }
        Instant now = clock.instant();
        List<BatchView> created = new ArrayList<>();
        byUnit.forEach((unit, ids) -> {
            UUID id = UUID.randomUUID();
            batches.insert(id, facility.id(), unit, ids, admin.id(), now);
            created.add(new BatchView(id, unit, ids.size(), now, 0, null));
        });
        audit.record(AuditEntry.by(admin, "PRINT_BATCHES_GENERATED", facility.code(), AuditOutcome.SUCCESS)
                .withDetail(created.size() + " batches, " + fresh.size() + " messages"));
        return created;
    }

    /** Whether the staff member's facility delivers on paper, so print batches are theirs to make. */
    public boolean printsOnPaper(Caller staff) {
        return staff.facilityId() != null && facilities.findById(staff.facilityId())
                .map(f -> f.delivery() == DeliveryMode.PRINT).orElse(false);
    }

    public List<BatchView> list(Caller admin) {
        return batches.forFacility(printFacility(admin).id(), 200).stream().map(BatchView::of).toList();
    }

    /** The batch as a PDF to print. Staff reading letters is content access, so it is audited. */
    @Transactional
    public byte[] pdf(Caller admin, UUID batchId) {
        Facility facility = printFacility(admin);
        Batch batch = batch(facility, batchId);
        List<Message> letters = messages.findAll(batches.messagesOf(batchId));
        Map<UUID, Inmate> people = roster.findAll(letters.stream().map(Message::inmateId).collect(Collectors.toSet()));
        Map<UUID, AccountSummary> senders = accounts.findAll(letters.stream().map(Message::accountId)
                .collect(Collectors.toSet()));
        String copy = batch.downloads() > 0
                ? "COPY — this batch was first downloaded " + FacilityTime.format(batch.firstDownloadedAt(),
                        ZoneId.of(facility.timeZone()), Locale.US) + "; it may already have been printed."
                : null;
        Map<UUID, List<UUID>> shown = approvedPhotos.byMessage(letters.stream().map(Message::id).toList());
        byte[] pdf = renderer.render(facility.name(), ZoneId.of(facility.timeZone()), letters.stream()
                .map(m -> new PrintedLetterRenderer.Letter(people.get(m.inmateId()).name(), people.get(m.inmateId()).number(),
                        batch.housingUnit(), senders.get(m.accountId()).fullName(), m.decidedAt(), m.body(),
                        shown.getOrDefault(m.id(), List.of())))
                .toList(), copy, id -> photos.bytesOf(id, PhotoSize.FULL));
        batches.recordDownload(batchId, clock.instant());
        int photoCount = shown.values().stream().mapToInt(List::size).sum();
        audit.record(AuditEntry.by(admin, "PRINT_BATCH_DOWNLOADED", batchId.toString(), AuditOutcome.SUCCESS)
                .withDetail(letters.size() + " messages, " + photoCount + " photos" + (copy == null ? "" : ", copy")));
        return pdf;
    }

    /** Staff handed the batch out: its messages are delivered (and their charges settled). Once. */
    @Transactional
    public BatchView confirm(Caller admin, UUID batchId) {
        Facility facility = printFacility(admin);
        Batch batch = batch(facility, batchId);
        if (batch.confirmedAt() != null) {
            throw ApiException.conflict("print.already-confirmed", "This batch was already confirmed as handed out at " + batch.confirmedAt() + ".");
        }
        if (batch.downloads() == 0) {
            throw ApiException.conflict("print.not-downloaded", "Download and print the batch before confirming it was handed out.");
        }
        batches.messagesOf(batchId).forEach(messages::markPrintedAndHandedOut);
        Instant now = clock.instant();
        batches.confirm(batchId, admin.id(), now);
        audit.record(AuditEntry.by(admin, "PRINT_BATCH_CONFIRMED", batchId.toString(), AuditOutcome.SUCCESS));
        return BatchView.of(batches.lock(batchId).orElseThrow());
    }

    private Batch batch(Facility facility, UUID batchId) {
        return batches.lock(batchId).filter(b -> b.facilityId().equals(facility.id()))
                .orElseThrow(() -> ApiException.notFound("print.no-such-batch", "No such print batch at your facility."));
    }

    private Facility printFacility(Caller admin) {
        Facility facility = facilities.findById(admin.facilityId()).orElseThrow();
        if (facility.delivery() != DeliveryMode.PRINT) {
            throw ApiException.conflict(NOT_PAPER, facility.name() + " delivers on " + facility.delivery()
                    + ", not on paper: there is nothing to print.");
        }
        return facility;
    }
}
