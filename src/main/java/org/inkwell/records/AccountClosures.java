package org.inkwell.records;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.inkwell.contacts.AccountContacts;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.ClosedAccounts;
import org.inkwell.legal.LegalRegistrations;
import org.inkwell.mail.MailOutbox;
import org.inkwell.messaging.AccountMessages;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.wallet.Wallets;
import org.inkwell.wallet.WholeBalanceRefunds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A family member closing their account, money first: what still waits for review is withdrawn and
 * refunded, then the whole balance goes back to the cards it came from, and only then do the contacts end,
 * the sessions end and the account close. Its messages then follow each facility's retention; once none
 * of them keeps its text, the account's personal data is erased ({@link #eraseClosedAccountsWithNothingLeft}).
 * <p>
 * The processor is asked outside any transaction, so a closure is three steps: (1) withdrawals and the
 * refund's start commit together or not at all; (2) the processor pays; (3) the account closes, in one
 * transaction that first checks nothing came in between (a message sent or credit bought meanwhile).
 */
@Service
public class AccountClosures {

    /** What a closure did, as the family is told. */
    public record Closure(int messagesWithdrawn, int prepaidRepliesRefunded, long refundedCents, int contactsEnded,
            boolean erased) {
    }

    private final ClosedAccounts accounts;
    private final AccountMessages messages;
    private final AccountContacts contacts;
    private final WholeBalanceRefunds refunds;
    private final Wallets wallets;
    private final TransactionTemplate transactions;
    private final Accounts summaries;
    private final MailOutbox mail;
    private final LegalRegistrations legal;

    AccountClosures(ClosedAccounts accounts, AccountMessages messages, AccountContacts contacts,
            WholeBalanceRefunds refunds, Wallets wallets, TransactionTemplate transactions, Accounts summaries,
            MailOutbox mail, LegalRegistrations legal) {
        this.legal = legal;
        this.summaries = summaries;
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.contacts = contacts;
        this.refunds = refunds;
        this.wallets = wallets;
        this.transactions = transactions;
    }

    private record Refunding(int withdrawn, int prepaid, Optional<WholeBalanceRefunds.Started> refund) {
    }

    /**
     * Closes the calling family's account. 403 on a wrong password, 409 when a reviewer is reading one of its
     * messages or part of the balance cannot go back to a card: then nothing changed. 409 too when the
     * processor refuses the refund: the account stays open, the withdrawals stand and the money is in its balance.
     */
    public Closure close(Caller family, String password) {
        accounts.confirmPassword(family, password);
        Refunding refunding = transactions.execute(status -> {
            accounts.lockOpen(family.id());
            List<UUID> contactIds = contacts.allOf(family.id());
            int withdrawn = messages.withdrawAwaitingReview(family);
            int prepaid = messages.refundUnusedPrepaidReplies(contactIds);
            return new Refunding(withdrawn, prepaid, refunds.start(family.id(), "account-closure:" + UUID.randomUUID()));
        });
        if (refunding.refund().isPresent() && !refunds.pay(family.id(), refunding.refund().get())) {
            throw ApiException.conflict("account.refund-declined",
                    "The card refund was declined. Your account is still open; its pending messages were withdrawn and their cost is in your balance.");
        }
        return transactions.execute(status -> {
            accounts.lockOpen(family.id());
            if (wallets.balance(family.id()) != 0 || messages.awaitingReview(family.id()) != 0) {
                throw ApiException.conflict("account.closure-changed",
                        "A message was sent or credit bought while the account was being closed. Try again.");
            }
            List<UUID> contactIds = contacts.allOf(family.id());
            int ended = contacts.endAllOf(family);
            messages.deleteFamilyDrafts(contactIds);
            long refunded = refunding.refund().map(WholeBalanceRefunds.Started::amountCents).orElse(0L);
            legal.accountClosed(family);
            accounts.close(family, "withdrew " + refunding.withdrawn() + " messages, refunded " + refunded
                    + " cents to the card, ended " + ended + " contacts");
            boolean erased = messages.withKeptMessages(Set.of(family.id())).isEmpty() && erase(family.id());
            return new Closure(refunding.withdrawn(), refunding.prepaid(), refunded, ended, erased);
        });
    }

    /**
     * Erases the personal data of every closed account none of whose messages keeps its text any more (retention
     * erased them all, or it had none) and that no legal hold names; answers how many. Each account in a
     * transaction of its own. Retention calls it at the end of every run ({@link ClosedAccountErasure}).
     */
    public int eraseClosedAccountsWithNothingLeft(Set<UUID> heldAccounts) {
        List<UUID> closed = accounts.awaitingErasure();
        Set<UUID> kept = messages.withKeptMessages(closed);
        int erased = 0;
        for (UUID account : closed) {
            if (!kept.contains(account) && !heldAccounts.contains(account)
                    && Boolean.TRUE.equals(transactions.execute(status -> erase(account)))) {
                erased++;
            }
        }
        return erased;
    }

    private boolean erase(UUID accountId) {
        Optional<String> email = summaries.find(accountId).map(AccountSummary::email);
        if (!accounts.erase(accountId)) {
            return false;
        }
        contacts.eraseName(accountId, ClosedAccounts.ERASED_NAME);
        refunds.forgetCards(accountId);
        legal.forget(accountId);
        email.ifPresent(address -> mail.forgetRecipient(address, ClosedAccounts.placeholderEmail(accountId)));
        return true;
    }
}
