package org.inkwell.records;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.contacts.Contact;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Roster;
import org.inkwell.legal.PrivilegedLetters;
import org.inkwell.messaging.MessageRetention;
import org.inkwell.messaging.MessageRetention.Candidate;
import org.inkwell.messaging.MessageRetention.StaleDraft;
import org.inkwell.platform.Caller;
import org.inkwell.records.internal.RunRepository;
import org.inkwell.review.Reviews;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job. A message is due once its facility's {@code retentionDays} have passed since it was
 * finished with (delivered, rejected or withdrawn), or since its person's release (counted with the
 * releasing facility's period), whichever comes first. Messages still in review or waiting for print are
 * never due (see {@link MessageRetention}); messages to or from a held person or account are skipped.
 *
 * <p>Each batch of at most {@code batchSize} due messages is one transaction: the messages' text and
 * flags, their review notes, and whatever other modules erase on {@link MessagesErased}. Rows are locked
 * with {@code SKIP LOCKED}, so a send, review or read never waits for the job, and a row it holds is
 * left for the next run. Scans go forward through V36's indexes (keyset), so each run reads a held or
 * locked row once rather than once per batch.
 */
@Service
public class Retention {

    private static final int MAX_BATCH = 1000;
    /**
     * Released people looked at together. Small, because their messages are fetched and ordered by id per
     * batch; most were already erased by the date rule, which runs first.
     */
    private static final int PEOPLE_PAGE = 100;
    private static final int RUNS_SHOWN = 20;

    private final MessageRetention messages;
    private final Reviews reviews;
    private final Facilities facilities;
    private final Roster roster;
    private final Contacts contacts;
    private final LegalHolds holds;
    private final RunRepository runs;
    private final ObjectProvider<RetentionStep> steps;
    private final PrivilegedLetters letters;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final Duration pause;

    Retention(MessageRetention messages, Reviews reviews, Facilities facilities, Roster roster, Contacts contacts,
            LegalHolds holds, RunRepository runs, ObjectProvider<RetentionStep> steps, ApplicationEventPublisher events,
            AuditLog audit, TransactionTemplate transactions, Clock clock, PrivilegedLetters letters,
            @Value("${inkwell.records.retention-batch-size:1000}") int batchSize,
            @Value("${inkwell.records.retention-pause:PT0.2S}") Duration pause) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("inkwell.records.retention-batch-size must be from 1 to " + MAX_BATCH);
        }
        this.messages = messages;
        this.reviews = reviews;
        this.facilities = facilities;
        this.roster = roster;
        this.contacts = contacts;
        this.holds = holds;
        this.runs = runs;
        this.steps = steps;
        this.letters = letters;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.pause = pause;
    }

    /** Tonight's run, unless another instance already claimed it. */
    public Optional<RetentionRun> runNightly() {
        LocalDate night = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return run(RetentionTrigger.NIGHTLY, null, night);
    }

    /** A platform admin's "run now": runs at once, whatever else runs (the batches share the work). */
    public RetentionRun runNow(Caller admin) {
        return run(RetentionTrigger.ADMIN, admin, null).orElseThrow();
    }

    /** The latest runs, newest first. */
    public List<RetentionRun> recentRuns() {
        return runs.recent(RUNS_SHOWN);
    }

    private Optional<RetentionRun> run(RetentionTrigger trigger, Caller admin, LocalDate night) {
        Instant started = now();
        UUID id = UUID.randomUUID();
        if (!runs.start(id, trigger, night, admin == null ? null : admin.name(), started)) {
            return Optional.empty();
        }
        Tally tally = new Tally();
        Map<String, Integer> stepCounts = new LinkedHashMap<>();
        try {
            HeldParties held = holds.heldParties();
            Map<UUID, Integer> retentionDays = facilities.retentionDays();
            retentionDays.forEach((facility, days) -> eraseFinished(facility, cutoff(started, days), held, tally));
            eraseOfReleasedPeople(started, held, tally);
            deleteStaleDrafts(started, retentionDays, held, tally);
            steps.orderedStream().forEach(step -> stepCounts.put(step.name(), step.run(started, held)));
        } catch (RuntimeException failed) {
            // What the committed batches erased is gone either way: the run keeps the counts, stays unfinished
            // on the page, and its audit entry says it failed.
            finish(id, admin, tally, stepCounts, AuditOutcome.FAILURE);
            throw failed;
        }
        finish(id, admin, tally, stepCounts, AuditOutcome.SUCCESS);
        return runs.find(id);
    }

    private void finish(UUID id, Caller admin, Tally tally, Map<String, Integer> stepCounts, AuditOutcome outcome) {
        Instant finished = now();
        transactions.executeWithoutResult(status -> {
            runs.finish(id, outcome == AuditOutcome.SUCCESS ? finished : null, tally.erased, tally.batches,
                    tally.held.size(), tally.drafts);
            AuditEntry entry = admin == null
                    ? new AuditEntry(null, "retention (nightly)", null, "RETENTION_RUN", id.toString(), outcome, null,
                            null, null)
                    : AuditEntry.by(admin, "RETENTION_RUN", id.toString(), outcome);
            audit.record(entry.withDetail("erased=%d batches=%d skippedHeld=%d draftsDeleted=%d%s".formatted(
                    tally.erased, tally.batches, tally.held.size(), tally.drafts, steps(stepCounts))));
        });
    }

    /** A facility's messages finished with before the cutoff, batch after batch from the oldest. */
    private void eraseFinished(UUID facilityId, Instant cutoff, HeldParties held, Tally tally) {
        Candidate after = null;
        List<Candidate> page;
        do {
            Candidate from = after;
            page = transactions.execute(status -> {
                List<Candidate> found = messages.finishedBefore(facilityId, cutoff, from, batchSize);
                erase(found, held, tally);
                return found;
            });
            after = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == batchSize && paused());
    }

    /**
     * Rests between full batches so a long run leaves the disk to sends: at full speed a run tripled the send
     * p99 while it lasted (bench scenario 9). Answers false when the thread is interrupted (shutdown), which ends
     * the run early; the next run carries on where this one stopped.
     */
    private boolean paused() {
        if (pause.isZero()) {
            return true;
        }
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Everything finished with of people released longer ago than their releasing facility's period. */
    private void eraseOfReleasedPeople(Instant now, HeldParties held, Tally tally) {
        UUID afterPerson = null;
        List<UUID> people;
        do {
            people = roster.releasedPastRetention(now, afterPerson, PEOPLE_PAGE);
            List<UUID> notHeld = people.stream().filter(p -> !held.inmateIds().contains(p)).toList();
            UUID afterMessage = null;
            List<Candidate> page;
            do {
                UUID from = afterMessage;
                page = notHeld.isEmpty() ? List.of() : transactions.execute(status -> {
                    List<Candidate> found = messages.finishedOfPeople(notHeld, from, batchSize);
                    erase(found, held, tally);
                    return found;
                });
                afterMessage = page.isEmpty() ? null : page.get(page.size() - 1).id();
            } while (page.size() == batchSize && paused());
            tally.held.addAll(heldMessagesOf(people, held));
            afterPerson = people.isEmpty() ? null : people.get(people.size() - 1);
        } while (people.size() == PEOPLE_PAGE);
    }

    /** The finished messages of the held ones among these people, for the count of what holds kept. */
    private Set<UUID> heldMessagesOf(List<UUID> people, HeldParties held) {
        List<UUID> heldPeople = people.stream().filter(p -> held.inmateIds().contains(p)).toList();
        Set<UUID> found = new HashSet<>();
        UUID after = null;
        List<Candidate> page;
        do {
            UUID from = after;
            page = heldPeople.isEmpty() ? List.of()
                    : transactions.execute(status -> messages.finishedOfPeople(heldPeople, from, batchSize));
            page.forEach(c -> found.add(c.id()));
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == batchSize);
        return found;
    }

    /** In the caller's transaction: erases the batch's messages that are not held, and all that goes with them. */
    private void erase(List<Candidate> found, HeldParties held, Tally tally) {
        List<UUID> due = new ArrayList<>();
        for (Candidate candidate : found) {
            if (held.holds(candidate.id(), candidate.inmateId(), candidate.accountId())) {
                tally.held.add(candidate.id());
            } else {
                due.add(candidate.id());
            }
        }
        List<UUID> erased = messages.erase(due, now());
        if (erased.isEmpty()) {
            return;
        }
        reviews.clearNotes(erased);
        letters.erase(erased);
        events.publishEvent(new MessagesErased(erased));
        tally.erased += erased.size();
        tally.batches++;
    }

    /** Drafts untouched for their contact's facility's period, unless the person or account is held. */
    private void deleteStaleDrafts(Instant now, Map<UUID, Integer> retentionDays, HeldParties held, Tally tally) {
        int shortest = retentionDays.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
        if (shortest == Integer.MAX_VALUE) {
            return;
        }
        StaleDraft after = null;
        List<StaleDraft> page;
        do {
            page = messages.draftsUntouchedSince(cutoff(now, shortest), after, batchSize);
            Map<UUID, Contact> contactsById = contacts.findAll(page.stream().map(StaleDraft::contactId).distinct().toList());
            List<StaleDraft> due = page.stream().filter(draft -> {
                Contact contact = contactsById.get(draft.contactId());
                Integer days = contact == null ? null : retentionDays.get(contact.facilityId());
                return days != null && draft.updatedAt().isBefore(cutoff(now, days))
                        && !held.holds(contact.inmateId(), contact.accountId());
            }).toList();
            if (!due.isEmpty()) {
                tally.drafts += transactions.execute(status -> (int) due.stream().filter(messages::deleteDraft).count());
            }
            after = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == batchSize);
    }

    private static Instant cutoff(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static String steps(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((name, count) -> text.append(' ').append(name).append('=').append(count));
        return text.toString();
    }

    /** Microseconds, as PostgreSQL keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What one run did so far; held messages by id, since both rules may meet the same one. */
    private static final class Tally {
        int erased;
        int batches;
        int drafts;
        final Set<UUID> held = new HashSet<>();
    }
}
