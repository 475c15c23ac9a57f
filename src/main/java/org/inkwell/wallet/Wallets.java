package org.inkwell.wallet;

import java.util.List;
import java.util.UUID;

import org.inkwell.platform.ApiException;
import org.inkwell.wallet.internal.Ledger;
import org.inkwell.wallet.internal.MessageCharges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet as other modules use it. A balance belongs to the account, not to a state or a facility:
 * it pays for messages to anyone on the platform. Charges join the caller's transaction, so a message
 * and its charge commit or roll back together.
 */
@Service
public class Wallets {

    static final int MAX_PAGE = 200;

    private final Ledger ledger;
    private final MessageCharges charges;

    Wallets(Ledger ledger, MessageCharges charges) {
        this.ledger = ledger;
        this.charges = charges;
    }

    public long balance(UUID owner) {
        return ledger.existingWallet(owner).map(ledger::balance).orElse(0L);
    }

    @Transactional(readOnly = true)
    public WalletStatement statement(UUID owner, String before, int limit) {
        Long cursor = null;
        if (before != null && !before.isBlank()) {
            try {
                cursor = Long.parseLong(before);
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("before", "is not a cursor this service gave out");
            }
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiException.invalidField("limit", "must be from 1 to " + MAX_PAGE);
        }
        return ledger.statement(owner, cursor, limit);
    }

    /**
     * Takes a message's cost from the owner's wallet into held charges. 402 when the balance is short,
     * and then nothing is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void charge(UUID owner, long amountCents, String reference) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a charge must be positive: " + amountCents);
        }
        charges.charge(owner, amountCents, reference);
    }

    /** The message was delivered: its held charge becomes revenue. False when it was not held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean settle(String reference) {
        return charges.settle(reference);
    }

    /** The message was rejected or withdrawn: its held charge goes back to the wallet, once. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean refund(String reference) {
        return charges.refund(reference);
    }

    public java.util.Optional<ChargeOutcome> chargeOutcome(String reference) {
        return charges.outcome(reference);
    }

    /**
     * Money moved from a person's commissary account to their messaging balance by facility staff
     * (INMATE_PAYS facilities). The reference ties it to the commissary's own record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long creditFromCommissary(UUID inmateId, long amountCents, String reference) {
        if (amountCents <= 0) {
            throw ApiException.invalidField("amountCents", "must be positive");
        }
        UUID wallet = ledger.walletOf(inmateId);
        ledger.post("COMMISSARY_CREDIT", reference, List.of(
                Ledger.Leg.system(Ledger.COMMISSARY_CLEARING, -amountCents),
                Ledger.Leg.wallet(wallet, amountCents)));
        return ledger.balance(wallet);
    }

    /** Credit that came from outside the card flow (the demo family's starting balance). */
    @Transactional
    public void grantStartingCredit(UUID owner, long amountCents, String reference) {
        if (ledger.existingWallet(owner).isPresent()) {
            return;
        }
        ledger.post("PURCHASE", reference, List.of(
                Ledger.Leg.system(Ledger.GATEWAY_CLEARING, -amountCents),
                Ledger.Leg.wallet(ledger.walletOf(owner), amountCents)));
    }
}
