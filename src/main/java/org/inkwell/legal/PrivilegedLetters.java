package org.inkwell.legal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.inkwell.legal.internal.PrivilegedLetterRepository;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way to the text of privileged legal mail (docs/architecture.md, invariant 9). The message itself, with
 * who, to whom, when and how long, stays with the messaging module; its body is kept here, apart, and is
 * given only to the two parties of the letter: the query itself filters by them, so no caller's mistake
 * can hand one person's letter to another. Staff and investigators get nothing; the print staff of a
 * paper facility reach a letter only as a sealed legal print batch ({@link LegalPrintBatches}).
 */
@Service
public class PrivilegedLetters {

    /**
     * A letter as the send stores it. {@code onPaper}: a letter to a person at a facility that delivers on
     * paper, which waits for a legal print batch.
     */
    public record Letter(UUID messageId, UUID accountId, UUID inmateId, UUID facilityId, LetterDirection direction,
                         String body, Instant storedAt, boolean onPaper) {
    }

    private final PrivilegedLetterRepository letters;
    private final Clock clock;

    PrivilegedLetters(PrivilegedLetterRepository letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    /** Keeps a letter's body, in the send's transaction: the message and its letter commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(Letter letter) {
        letters.insert(letter);
    }

    /**
     * The bodies of those of the messages that the caller is a party to: the family account that wrote
     * or received it, or the person inside. Anybody else (staff of any kind) gets an empty map. An erased
     * letter's body is empty.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> bodiesFor(Caller party, Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        if (party.is(Role.FAMILY)) {
            return letters.bodiesOfAccount(party.id(), messageIds);
        }
        if (party.is(Role.INMATE)) {
            return letters.bodiesOfInmate(party.id(), messageIds);
        }
        return Map.of();
    }

    /** Retention: removes the letters' bodies, keeping their rows as tombstones; answers how many it erased. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int erase(Collection<UUID> messageIds) {
        return messageIds.isEmpty() ? 0 : letters.erase(messageIds, clock.instant());
    }
}
