package org.inkwell.wallet.web;

import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Idempotency;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.IdempotentRequests.KeyedRequest;
import org.inkwell.wallet.CreditPurchases;
import org.inkwell.wallet.UnusedBalanceRefunds;
import org.inkwell.wallet.WalletStatement;
import org.inkwell.wallet.Wallets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wallet")
class WalletController {

    private final Wallets wallets;
    private final CreditPurchases purchases;
    private final UnusedBalanceRefunds refunds;
    private final IdempotentRequests keyed;

    WalletController(Wallets wallets, CreditPurchases purchases, UnusedBalanceRefunds refunds, IdempotentRequests keyed) {
        this.wallets = wallets;
        this.purchases = purchases;
        this.refunds = refunds;
        this.keyed = keyed;
    }

    /** Balance and statement, newest first; {@code before} is the {@code nextBefore} of the previous page. */
    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping
    WalletStatement statement(@RequestParam(required = false) String before,
            @RequestParam(defaultValue = "50") int limit) {
        return wallets.statement(Caller.required().id(), before, limit);
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/purchases")
    ResponseEntity<String> purchase(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody PurchaseRequest request, HttpServletRequest http) {
        KeyedRequest purchase = keyed.keyed(Caller.required().id(), key, http, request);
        return keyed.inStages(purchase, HttpStatus.CREATED, purchases.purchase(purchase.owner(), purchase.key(),
                request.amountCents() == null ? 0 : request.amountCents(), request.paymentToken()));
    }

    /** Pays unused balance back to the cards it came from, newest payment first. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/refunds")
    ResponseEntity<String> refund(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody(required = false) RefundRequest request, HttpServletRequest http) {
        RefundRequest body = request == null ? new RefundRequest(null) : request;
        KeyedRequest refund = keyed.keyed(Caller.required().id(), key, http, body);
        return keyed.inStages(refund, HttpStatus.CREATED, refunds.refund(refund.owner(), refund.key(), body.amountCents()));
    }

    record PurchaseRequest(Long amountCents, String paymentToken) {
    }

    record RefundRequest(Long amountCents) {
    }
}
