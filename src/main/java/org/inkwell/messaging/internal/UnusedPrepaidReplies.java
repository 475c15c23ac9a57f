package org.inkwell.messaging.internal;

import org.inkwell.directory.InmateReleased;
import org.inkwell.wallet.Wallets;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a person is released their contacts close, and replies prepaid to them go back to the families. */
@Component
class UnusedPrepaidReplies {

    private final PrepaidReplies prepaid;
    private final Wallets wallets;

    UnusedPrepaidReplies(PrepaidReplies prepaid, Wallets wallets) {
        this.prepaid = prepaid;
        this.wallets = wallets;
    }

    @ApplicationModuleListener
    void on(InmateReleased released) {
        prepaid.refundAllFor(released.inmateId()).forEach(wallets::refund);
    }
}
