package org.inkwell.wallet.internal;

import org.inkwell.identity.Accounts;
import org.inkwell.platform.DemoData;
import org.inkwell.wallet.Wallets;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo family's 1000-cent balance (docs/api.md, "Demo mode"). */
@Component
@Order(30)
class WalletDemoData implements DemoData {

    private final Accounts accounts;
    private final Wallets wallets;

    WalletDemoData(Accounts accounts, Wallets wallets) {
        this.accounts = accounts;
        this.wallets = wallets;
    }

    @Override
    public void seed() {
        accounts.findByEmail("family@example.org")
                .ifPresent(family -> wallets.grantStartingCredit(family.id(), 1000, "demo:starting-credit"));
    }
}
