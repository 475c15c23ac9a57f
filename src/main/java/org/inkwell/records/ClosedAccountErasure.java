package org.inkwell.records;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The last step of every retention run: a closed account whose messages are now all erased loses its
 * personal data (issue 13, "Accounts"), unless a legal hold names it.
 */
@Component
class ClosedAccountErasure implements RetentionStep {

    private final AccountClosures closures;

    ClosedAccountErasure(AccountClosures closures) {
        this.closures = closures;
    }

    @Override
    public String name() {
        return "closedAccounts";
    }

    @Override
    public int run(Instant now, HeldParties held) {
        return closures.eraseClosedAccountsWithNothingLeft(held.accountIds());
    }
}
