package org.inkwell.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.contacts.Contacts;
import org.inkwell.contacts.Side;
import org.inkwell.messaging.internal.DraftRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafts are kept on the server per contact and side, so neither a logout nor a kiosk timeout loses one. */
@Service
public class Drafts {

    static final int MAX_DRAFT = 100_000;

    public record Draft(UUID contactId, String body, Instant updatedAt) {
    }

    private final DraftRepository drafts;
    private final Contacts contacts;
    private final Clock clock;

    Drafts(DraftRepository drafts, Contacts contacts, Clock clock) {
        this.drafts = drafts;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional
    public Draft save(Caller caller, UUID contactId, String body) {
        contacts.get(caller, contactId);
        if (body == null) {
            throw ApiException.invalidField("body", "is required");
        }
        if (body.length() > MAX_DRAFT) {
            throw ApiException.invalidField("body", "is longer than any message can be");
        }
        Instant now = clock.instant();
        drafts.save(contactId, side(caller), body, now);
        return new Draft(contactId, body, now);
    }

    public Optional<Draft> find(Caller caller, UUID contactId) {
        contacts.get(caller, contactId);
        return drafts.find(contactId, side(caller)).map(d -> new Draft(contactId, d.body(), d.updatedAt()));
    }

    @Transactional
    public void delete(Caller caller, UUID contactId) {
        contacts.get(caller, contactId);
        drafts.delete(contactId, side(caller));
    }

    private static Side side(Caller caller) {
        return caller.is(Role.INMATE) ? Side.INMATE : Side.FAMILY;
    }
}
