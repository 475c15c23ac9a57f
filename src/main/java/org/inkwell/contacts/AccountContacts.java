package org.inkwell.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.contacts.internal.ClosedAccountContactRepository;
import org.inkwell.contacts.internal.ContactRepository;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's contacts when the family closes its account: they end for good (the person inside sees it
 * closed, as after a release), and when the account's personal data is erased its name leaves their history.
 */
@Service
public class AccountContacts {

    static final String ACCOUNT_CLOSED = "Closed: the family member closed their account.";

    private final ClosedAccountContactRepository closing;
    private final ContactRepository contacts;
    private final Clock clock;

    AccountContacts(ClosedAccountContactRepository closing, ContactRepository contacts, Clock clock) {
        this.closing = closing;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Every contact the account has or had, whatever its status. */
    public List<UUID> allOf(UUID accountId) {
        return closing.allOf(accountId);
    }

    /** Ends every open request and contact of the family; answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int endAllOf(Caller family) {
        Instant now = clock.instant();
        List<UUID> closed = closing.closeAllOf(family.id(), ACCOUNT_CLOSED, now);
        // By id only: the history is kept after the account's name is erased.
        closed.forEach(id -> contacts.recordHistory(id, now, Role.FAMILY.name(), family.id(), null, "CLOSED",
                "account closed"));
        return closed.size();
    }

    /** Replaces the family member's name in the history of their contacts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseName(UUID accountId, String erasedName) {
        closing.eraseActorName(accountId, erasedName);
    }
}
