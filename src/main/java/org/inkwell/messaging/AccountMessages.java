package org.inkwell.messaging;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.inkwell.contacts.Side;
import org.inkwell.messaging.internal.ClosingAccountRepository;
import org.inkwell.messaging.internal.DraftRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.wallet.Wallets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's messages when the family closes its account: what still waits for review is withdrawn and
 * refunded, unused prepaid replies are refunded, drafts are deleted; what was sent stays until retention
 * erases it, and only then may the account's personal data go.
 */
@Service
public class AccountMessages {

    private final ClosingAccountRepository repository;
    private final DraftRepository drafts;
    private final Messages messages;
    private final Wallets wallets;

    AccountMessages(ClosingAccountRepository repository, DraftRepository drafts, Messages messages, Wallets wallets) {
        this.repository = repository;
        this.drafts = drafts;
        this.messages = messages;
        this.wallets = wallets;
    }

    /**
     * Withdraws every message the family sent that still waits for review, each refunded to the wallet; answers
     * how many. 409 when a reviewer is reading one: then the caller's transaction must roll back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdrawAwaitingReview(Caller family) {
        int withdrawn = 0;
        for (UUID id : repository.awaitingReviewFrom(family.id())) {
            try {
                messages.withdraw(family, id);
            } catch (ApiException refused) {
                throw ApiException.conflict("account.message-in-review",
                        "A reviewer is reading one of your messages now. Wait until it is decided, then close your account.");
            }
            withdrawn++;
        }
        return withdrawn;
    }

    /** How many of the family's messages wait for review (one sent while the account was being closed counts). */
    public int awaitingReview(UUID accountId) {
        return repository.awaitingReviewFrom(accountId).size();
    }

    /** Replies the family prepaid on these contacts and that were never used go back to its wallet; answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refundUnusedPrepaidReplies(Collection<UUID> contactIds) {
        var references = repository.refundPrepaidRepliesOf(contactIds);
        references.forEach(wallets::refund);
        return references.size();
    }

    /** The family's unsent drafts on these contacts: text nobody needs once the account is closed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteFamilyDrafts(Collection<UUID> contactIds) {
        contactIds.forEach(contact -> drafts.delete(contact, Side.FAMILY));
    }

    /** Of these accounts, those with a message whose text is still kept. */
    public Set<UUID> withKeptMessages(Collection<UUID> accountIds) {
        return repository.withKeptMessages(accountIds);
    }
}
