package org.inkwell.wallet.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.platform.IdempotentRequests.KeyedRequest;
import org.inkwell.platform.WebPage;
import org.inkwell.wallet.CreditPurchases;
import org.inkwell.wallet.StatementLines;
import org.inkwell.wallet.UnusedBalanceRefunds;
import org.inkwell.wallet.WalletReceipts;
import org.inkwell.wallet.Wallets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The balance page: statement, buying credit, refunding the balance. A purchase or refund answers with a
 * redirect to its receipt (Post/Redirect/Get): refreshing the receipt shows it again and pays nothing, and
 * posting the same form twice is answered once, by its idempotency key.
 */
@WebPage
class WalletPages {

    private final Wallets wallets;
    private final CreditPurchases purchases;
    private final UnusedBalanceRefunds refunds;
    private final IdempotentRequests keyed;
    private final FormErrors formErrors;
    private final StatementLines lines;
    private final WalletReceipts receipts;

    WalletPages(Wallets wallets, CreditPurchases purchases, UnusedBalanceRefunds refunds, IdempotentRequests keyed,
            FormErrors formErrors, StatementLines lines, WalletReceipts receipts) {
        this.wallets = wallets;
        this.purchases = purchases;
        this.refunds = refunds;
        this.keyed = keyed;
        this.formErrors = formErrors;
        this.lines = lines;
        this.receipts = receipts;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/wallet")
    String wallet(Model model) {
        return walletPage(model, Caller.required());
    }

    /** The form carries a key made when it was shown, so a double click buys once. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/wallet/purchases")
    String buy(@RequestParam(defaultValue = "0") long amountCents, @RequestParam(defaultValue = "") String paymentToken,
            @RequestParam(defaultValue = "") String idempotencyKey, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            KeyedRequest form = keyed.keyed(caller.id(), idempotencyKey, request, new PurchaseForm(amountCents, paymentToken));
            ResponseEntity<String> answer = keyed.inStages(form, HttpStatus.CREATED,
                    purchases.purchase(caller.id(), form.key(), amountCents, paymentToken));
            if (answer.getStatusCode().value() == 201) {
                return "redirect:/wallet/receipts/" + purchases.paymentFor(caller.id(), form.key()).orElseThrow();
            }
            return refused(answer, response, model, caller);
        } catch (ApiException e) {
            return refused(e, response, model, caller);
        }
    }

    /** Money leaves only after the family has seen how much and pressed a second button. */
    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/wallet/refund")
    String confirmRefund(Model model) {
        long balance = wallets.statement(Caller.required().id(), null, 1).balanceCents();
        if (balance <= 0) {
            return "redirect:/wallet";
        }
        model.addAttribute("balanceCents", balance);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "family/wallet-refund";
    }

    /** Pays the whole unused balance back to the cards it came from. */
    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping("/wallet/refunds")
    String refund(@RequestParam(defaultValue = "") String idempotencyKey, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Caller caller = Caller.required();
        try {
            KeyedRequest form = keyed.keyed(caller.id(), idempotencyKey, request, new RefundForm());
            ResponseEntity<String> answer = keyed.inStages(form, HttpStatus.CREATED,
                    refunds.refund(caller.id(), form.key(), null));
            if (answer.getStatusCode().value() == 201) {
                return "redirect:/wallet/receipts/" + refunds.refundFor(caller.id(), form.key()).orElseThrow();
            }
            return refused(answer, response, model, caller);
        } catch (ApiException e) {
            return refused(e, response, model, caller);
        }
    }

    /** A purchase's or a balance refund's receipt; another account's answers 404, as an unknown one does. */
    @PreAuthorize("hasRole('FAMILY')")
    @GetMapping("/wallet/receipts/{id}")
    String receipt(@PathVariable UUID id, Model model) {
        model.addAttribute("receipt", receipts.find(Caller.required().id(), id).orElseThrow(
                () -> ApiException.notFound("wallet.receipt-not-found", "No such receipt.")));
        return "family/receipt";
    }

    /** A refusal stored with the keyed request: its status and code, as the first answer had them. */
    private String refused(ResponseEntity<String> answer, HttpServletResponse response, Model model, Caller caller) {
        formErrors.show(model, response, answer.getStatusCode().value(), keyed.codeIn(answer.getBody()), "amountCents");
        return walletPage(model, caller);
    }

    private String refused(ApiException refused, HttpServletResponse response, Model model, Caller caller) {
        formErrors.show(model, response, refused, "amountCents");
        return walletPage(model, caller);
    }

    private String walletPage(Model model, Caller caller) {
        var statement = wallets.statement(caller.id(), null, 50);
        model.addAttribute("statement", statement);
        model.addAttribute("lines", lines.of(caller.id(), statement));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "family/wallet";
    }

    record PurchaseForm(long amountCents, String paymentToken) {
    }

    record RefundForm() {
    }
}
