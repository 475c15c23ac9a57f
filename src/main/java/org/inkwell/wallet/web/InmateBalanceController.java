package org.inkwell.wallet.web;

import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Idempotency;
import org.inkwell.platform.IdempotentRequests;
import org.inkwell.wallet.WalletStatement;
import org.inkwell.wallet.Wallets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The messaging balance of a person inside, where replies are paid from it (INMATE_PAYS). */
@RestController
class InmateBalanceController {

    private static final long MAX_CREDIT = 100_000;

    private final Wallets wallets;
    private final Roster roster;
    private final AuditLog audit;
    private final IdempotentRequests keyed;

    InmateBalanceController(Wallets wallets, Roster roster, AuditLog audit, IdempotentRequests keyed) {
        this.wallets = wallets;
        this.roster = roster;
        this.audit = audit;
        this.keyed = keyed;
    }

    @PreAuthorize("hasRole('INMATE')")
    @GetMapping("/api/v1/inmate/wallet")
    WalletStatement mine(@RequestParam(required = false) String before, @RequestParam(defaultValue = "50") int limit) {
        return wallets.statement(Caller.required().id(), before, limit);
    }

    /** Facility staff move money from a person's commissary account to their messaging balance. */
    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @PostMapping("/api/v1/staff/inmates/{number}/balance-credits")
    ResponseEntity<String> credit(@PathVariable String number,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @RequestBody CreditRequest request, HttpServletRequest http) {
        Caller admin = Caller.required();
        CreditRequest body = request == null ? new CreditRequest(null, null) : request;
        return keyed.inOneTransaction(keyed.keyed(admin.id(), key, http, body), HttpStatus.CREATED, () -> {
            if (body.amountCents() == null || body.amountCents() < 1 || body.amountCents() > MAX_CREDIT) {
                throw ApiException.invalidField("amountCents", "must be from 1 to " + MAX_CREDIT);
            }
            if (body.reference() == null || body.reference().isBlank() || body.reference().length() > 100) {
                throw ApiException.invalidField("reference", "is required: the commissary transaction it comes from");
            }
            Inmate inmate = roster.heldAtCallersFacility(admin, number);
            long balance = wallets.creditFromCommissary(inmate.id(), body.amountCents(), "commissary:" + body.reference());
            audit.record(AuditEntry.by(admin, "INMATE_BALANCE_CREDITED", inmate.number(), AuditOutcome.SUCCESS)
                    .withDetail(body.amountCents() + " cents from commissary " + body.reference()));
            return new Credited(inmate.number(), body.amountCents(), balance);
        });
    }

    record CreditRequest(Long amountCents, String reference) {
    }

    record Credited(String number, long amountCents, long balanceCents) {
    }
}
