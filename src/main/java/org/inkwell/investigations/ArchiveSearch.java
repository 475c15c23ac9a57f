package org.inkwell.investigations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.investigations.internal.ItemRepository;
import org.inkwell.investigations.internal.SearchTerms;
import org.inkwell.messaging.Direction;
import org.inkwell.messaging.Message;
import org.inkwell.messaging.MessageArchive;
import org.inkwell.messaging.MessageStatus;
import org.inkwell.messaging.Messages;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.review.RecordedDecision;
import org.inkwell.review.Reviews;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive as an investigator reaches it: only through an open case of theirs, only their agency's
 * messages, and every search and every message opened written into the access log (and the audit log)
 * in the same transaction as the answer.
 */
@Service
public class ArchiveSearch {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;

    public record Request(UUID caseId, String q, String facility, String inmateNumber, String email, Instant from,
                          Instant to, MessageStatus status, Category category, Integer limit, String before) {
    }

    public record Person(String number, String name) {
    }

    public record Outside(String name, String email) {
    }

    public record FlagSeen(Category category, String match) {
    }

    public record Result(UUID messageId, String facility, Person inmate, Outside outside, Direction direction,
                         MessageStatus status, Instant submittedAt, String snippet, List<FlagSeen> flags) {
    }

    public record Results(List<Result> results, String nextBefore) {
    }

    /** One step of a message's life: submitted, screened, decided, delivered, read. */
    public record Event(Instant at, String event, String by, String note) {
    }

    public record Opened(UUID messageId, String facility, Person inmate, Outside outside, Direction direction,
                         MessageStatus status, Instant submittedAt, Instant deliveredAt, Instant readAt, String body,
                         int riskScore, List<Flag> flags, List<Event> history) {
    }

    /** A message tagged into a case, as the case's list of evidence shows it (no text: open it to read). */
    public record Item(UUID messageId, Instant addedAt, String facility, Person inmate, Outside outside,
                       Direction direction, MessageStatus status, Instant submittedAt) {
    }

    private final Cases cases;
    private final AccessLog accessLog;
    private final ItemRepository items;
    private final MessageArchive archive;
    private final Messages messages;
    private final Reviews reviews;
    private final Roster roster;
    private final Facilities facilities;
    private final Accounts accounts;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ArchiveSearch(Cases cases, AccessLog accessLog, ItemRepository items, MessageArchive archive, Messages messages, Reviews reviews,
            Roster roster, Facilities facilities, Accounts accounts, AuditLog audit, java.time.Clock clock) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.items = items;
        this.archive = archive;
        this.messages = messages;
        this.reviews = reviews;
        this.roster = roster;
        this.facilities = facilities;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Results search(Caller investigator, Request request) {
        InvestigationCase through = usableCase(investigator, request.caseId());
        UUID agency = through.agencyId();
        List<MessageArchive.Term> terms = SearchTerms.parse(request.q());
        Facility facility = blank(request.facility()) ? null : facilities.find(request.facility().trim())
                .filter(f -> f.agency().id().equals(agency))
                .orElseThrow(() -> ApiException.invalidField("facility", "no facility of your agency has this code"));
        Inmate inmate = blank(request.inmateNumber()) ? null : roster.findInAgency(agency, request.inmateNumber())
                .orElseThrow(() -> ApiException.invalidField("inmateNumber", "no one in your agency has this number"));
        if (request.status() == MessageStatus.WITHDRAWN) {
            throw ApiException.invalidField("status", "withdrawn messages are not in the archive");
        }
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalidField("limit", "must be from 1 to " + MAX_LIMIT);
        }
        MessageArchive.Cursor before = blank(request.before()) ? null : MessageArchive.Cursor.decode(request.before())
                .orElseThrow(() -> ApiException.invalidField("before", "is not a nextBefore this search answered"));
        if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
            throw ApiException.invalidField("to", "must be after from");
        }
        UUID scope = facility != null ? facility.id() : inmate != null ? inmate.facilityId() : null;
        accessLog.record(investigator, through, AccessAction.SEARCH, describe(request), null, scope);
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_SEARCH", through.id().toString(), AuditOutcome.SUCCESS)
                .withDetail("case " + through.caseNumber() + ": " + describe(request)));
        UUID account = null;
        if (!blank(request.email())) {
            account = accounts.findByEmail(request.email().trim()).map(AccountSummary::id).orElse(null);
            if (account == null) {
                return new Results(List.of(), null);
            }
        }
        MessageArchive.Page page = archive.search(new MessageArchive.Query(agency, terms,
                facility == null ? null : facility.id(), inmate == null ? null : inmate.id(), account, request.from(),
                request.to(), request.status(), request.category(), before, limit));
        Parties parties = parties(page.hits().stream().map(MessageArchive.Hit::message).toList());
        List<Result> results = page.hits().stream().map(hit -> {
            Message m = hit.message();
            return new Result(m.id(), parties.facility(m), parties.inmate(m), parties.outside(m), m.direction(),
                    m.status(), m.submittedAt(), hit.snippet(),
                    messages.flags(m).stream().map(f -> new FlagSeen(f.category(), f.match())).toList());
        }).toList();
        return new Results(results, page.next() == null ? null : page.next().encode());
    }

    /** One message with its whole history; reading it is content access, audited against the case. */
    @Transactional
    public Opened open(Caller investigator, UUID caseId, UUID messageId) {
        InvestigationCase through = usableCase(investigator, caseId);
        Message m = archive.find(through.agencyId(), messageId)
                .orElseThrow(() -> ApiException.notFound("No such message in your agency's archive."));
        accessLog.record(investigator, through, AccessAction.VIEW, null, m.id(), m.facilityId());
        audit.record(AuditEntry.by(investigator, "MESSAGE_VIEWED", m.id().toString(), AuditOutcome.SUCCESS)
                .inFacility(m.facilityId(), m.agencyId())
                .withDetail("investigation case " + through.caseNumber()));
        return describe(m);
    }

    /** A message with its history, as opened or exported; the caller has logged the access. */
    Opened describe(Message m) {
        Parties parties = parties(List.of(m));
        List<Flag> flags = messages.flags(m);
        return new Opened(m.id(), parties.facility(m), parties.inmate(m), parties.outside(m), m.direction(), m.status(),
                m.submittedAt(), m.deliveredAt(), m.readAt(), m.body(), m.riskScore(), flags,
                history(m, parties, flags));
    }

    /** Tags a message of the agency's archive into the case; tagging it twice is refused. */
    @Transactional
    public Item tag(Caller investigator, UUID caseId, UUID messageId) {
        InvestigationCase through = usableCase(investigator, caseId);
        if (messageId == null) {
            throw ApiException.invalidField("messageId", "is required");
        }
        Message m = archive.find(through.agencyId(), messageId)
                .orElseThrow(() -> ApiException.notFound("No such message in your agency's archive."));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (!items.add(caseId, messageId, investigator.id(), now)) {
            throw ApiException.conflict("case.item-exists", "This message is already in case " + through.caseNumber() + ".");
        }
        audit.record(AuditEntry.by(investigator, "INVESTIGATION_ITEM_ADDED", caseId.toString(), AuditOutcome.SUCCESS)
                .inFacility(m.facilityId(), m.agencyId())
                .withDetail("case " + through.caseNumber() + ": message " + messageId));
        return items(investigator, caseId).stream().filter(i -> i.messageId().equals(messageId)).findFirst().orElseThrow();
    }

    /** The messages tagged into the case as stored, in the order they were tagged. */
    List<Message> taggedMessages(InvestigationCase through) {
        return items.ofCase(through.id()).stream().map(i -> archive.find(through.agencyId(), i.messageId()))
                .flatMap(java.util.Optional::stream).toList();
    }

    /** The messages tagged into the case, in the order they were tagged. */
    @Transactional(readOnly = true)
    public List<Item> items(Caller investigator, UUID caseId) {
        InvestigationCase through = usableCase(investigator, caseId);
        List<ItemRepository.Item> tagged = items.ofCase(caseId);
        Map<UUID, Message> found = new HashMap<>();
        for (ItemRepository.Item item : tagged) {
            archive.find(through.agencyId(), item.messageId()).ifPresent(m -> found.put(m.id(), m));
        }
        Parties parties = parties(List.copyOf(found.values()));
        return tagged.stream().filter(i -> found.containsKey(i.messageId())).map(i -> {
            Message m = found.get(i.messageId());
            return new Item(m.id(), i.addedAt(), parties.facility(m), parties.inmate(m), parties.outside(m),
                    m.direction(), m.status(), m.submittedAt());
        }).toList();
    }

    private InvestigationCase usableCase(Caller investigator, UUID caseId) {
        if (caseId == null) {
            throw ApiException.invalidField("case.required", "caseId", "is required: every search and read names its case");
        }
        return cases.requireUsable(investigator, caseId);
    }

    private List<Event> history(Message m, Parties parties, List<Flag> flags) {
        boolean out = m.direction() == Direction.TO_INMATE;
        String sender = out ? parties.outside(m).name() : parties.inmate(m).name();
        String recipient = out ? parties.inmate(m).name() : parties.outside(m).name();
        List<Event> events = new ArrayList<>();
        events.add(new Event(m.submittedAt(), "SUBMITTED", sender, null));
        events.add(new Event(m.submittedAt(), "SCREENED", "automatic screen", flags.isEmpty()
                ? "risk " + m.riskScore() + ", nothing flagged"
                : "risk " + m.riskScore() + ": " + flags.stream().map(f -> f.category() + " \"" + f.match() + "\"")
                        .collect(Collectors.joining(", "))));
        for (RecordedDecision d : reviews.decisionsOn(m.id())) {
            String note = d.reasonCode() == null ? d.note() : d.note() == null ? d.reasonCode() : d.reasonCode() + ": " + d.note();
            events.add(new Event(d.decidedAt(), d.decision() == org.inkwell.review.Decision.APPROVE ? "APPROVED" : "REJECTED",
                    d.reviewerName(), note));
        }
        if (m.deliveredAt() != null) {
            events.add(new Event(m.deliveredAt(), "DELIVERED", null, null));
        }
        if (m.readAt() != null) {
            events.add(new Event(m.readAt(), "READ", recipient, null));
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private Parties parties(List<Message> found) {
        Map<UUID, Inmate> inmates = roster.findAll(found.stream().map(Message::inmateId).collect(Collectors.toSet()));
        Map<UUID, AccountSummary> outside = accounts.findAll(found.stream().map(Message::accountId).collect(Collectors.toSet()));
        Map<UUID, String> codes = new HashMap<>();
        for (UUID id : found.stream().map(Message::facilityId).collect(Collectors.toSet())) {
            codes.put(id, facilities.findById(id).map(Facility::code).orElse(null));
        }
        return new Parties(inmates, outside, codes);
    }

    private record Parties(Map<UUID, Inmate> inmates, Map<UUID, AccountSummary> accounts, Map<UUID, String> codes) {
        String facility(Message m) {
            return codes.get(m.facilityId());
        }

        Person inmate(Message m) {
            Inmate i = inmates.get(m.inmateId());
            return i == null ? new Person(null, null) : new Person(i.number(), i.name());
        }

        Outside outside(Message m) {
            AccountSummary a = accounts.get(m.accountId());
            return a == null ? new Outside(null, null) : new Outside(a.fullName(), a.email());
        }
    }

    /** The query text and its filters, as the access log shows who searched what. */
    private static String describe(Request r) {
        List<String> parts = new ArrayList<>();
        parts.add(blank(r.q()) ? "" : r.q().strip());
        addFilter(parts, "facility", r.facility());
        addFilter(parts, "inmateNumber", r.inmateNumber());
        addFilter(parts, "email", r.email());
        addFilter(parts, "from", r.from());
        addFilter(parts, "to", r.to());
        addFilter(parts, "status", r.status());
        addFilter(parts, "category", r.category());
        addFilter(parts, "before", r.before());
        return String.join(" ", parts).strip();
    }

    private static void addFilter(List<String> parts, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            parts.add("[" + name + "=" + value.toString().strip() + "]");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
