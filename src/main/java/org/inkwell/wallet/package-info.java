/**
 * Money: a double-entry ledger in minor units, family wallets that never go negative, purchases of
 * credit through a {@link org.inkwell.wallet.PaymentGateway}, message charges that end either settled
 * or refunded, and refunds of unused balance to the cards it came from.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Wallet")
package org.inkwell.wallet;
