package org.inkwell.wallet.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.InkwellProperties;
import org.inkwell.platform.Money;
import org.inkwell.wallet.PaymentGateway;
import org.inkwell.wallet.PaymentStatus;
import org.inkwell.wallet.WalletReceipts.CardLine;
import org.inkwell.wallet.WalletReceipts.Kind;
import org.inkwell.wallet.WalletReceipts.Receipt;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts for money that moved between a family's card and their balance: a purchase of credit and a
 * refund of the balance. Each is a page of its own (so the answer to the form is a redirect there, and a
 * refresh shows it again without paying again) and an email, queued in the transaction that moved the money.
 */
@Component
public class Receipts {

    private final PaymentRepository payments;
    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final FamilyZone zones;
    private final Accounts accounts;
    private final MailOutbox mail;
    private final MessageSource texts;
    private final String publicBaseUrl;

    Receipts(PaymentRepository payments, JdbcClient jdbc, Ledger ledger, FamilyZone zones, Accounts accounts,
            MailOutbox mail, MessageSource texts, InkwellProperties inkwell) {
        this.payments = payments;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.zones = zones;
        this.accounts = accounts;
        this.mail = mail;
        this.texts = texts;
        this.publicBaseUrl = inkwell.publicBaseUrl();
    }

    /** The owner's receipt with this id (a successful payment or a balance refund); empty for anyone else's. */
    public Optional<Receipt> find(UUID owner, UUID id) {
        Optional<Receipt> purchase = payments.findOwned(owner, id).filter(p -> p.status().equals("SUCCEEDED"))
                .map(p -> new Receipt(Kind.PURCHASE, p.id(), p.amountCents(), p.updatedAt(), zones.of(owner),
                        List.of(new CardLine(p.card(), p.amountCents(), PaymentStatus.SUCCEEDED)), balance(owner)));
        return purchase.or(() -> refund(owner, id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void mailPurchase(UUID owner, UUID paymentId) {
        find(owner, paymentId).ifPresent(receipt -> mail(owner, receipt));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void mailRefund(UUID owner, UUID refundId) {
        find(owner, refundId).ifPresent(receipt -> mail(owner, receipt));
    }

    private Optional<Receipt> refund(UUID owner, UUID id) {
        record Refund(long amount, Instant at) {
        }
        return jdbc.sql("SELECT amount_cents, created_at FROM balance_refund WHERE id = :id AND owner_id = :owner")
                .param("id", id).param("owner", owner)
                .query((rs, n) -> new Refund(rs.getLong("amount_cents"), rs.getTimestamp("created_at").toInstant()))
                .optional()
                .map(r -> new Receipt(Kind.BALANCE_REFUND, id, r.amount(), r.at(), zones.of(owner), jdbc.sql("""
                                SELECT pay.card_brand, pay.card_last4, p.amount_cents, p.status
                                FROM balance_refund_part p JOIN payment pay ON pay.id = p.payment_id
                                WHERE p.refund_id = :refund ORDER BY pay.created_at DESC
                                """)
                        .param("refund", id)
                        .query((rs, n) -> new CardLine(PaymentRepository.card(rs), rs.getLong("amount_cents"),
                                PaymentStatus.valueOf(rs.getString("status"))))
                        .list(), balance(owner)));
    }

    private long balance(UUID owner) {
        return ledger.existingWallet(owner).map(ledger::balance).orElse(0L);
    }

    private void mail(UUID owner, Receipt receipt) {
        AccountSummary family = accounts.find(owner).orElseThrow();
        Locale locale = Locale.forLanguageTag(family.locale());
        String kind = receipt.kind() == Kind.PURCHASE ? "purchase" : "refund";
        String cards = receipt.cards().stream()
                .map(line -> receipt.kind() == Kind.PURCHASE ? card(line.card(), locale)
                        : "- " + card(line.card(), locale) + ": " + Money.format(line.amountCents()))
                .collect(Collectors.joining("\n"));
        String amount = Money.format(receipt.amountCents());
        mail.queue(new Mail(family.email(),
                texts.getMessage("mail.receipt." + kind + ".subject", new Object[] {amount}, locale),
                texts.getMessage("mail.receipt." + kind + ".body", new Object[] {family.fullName(), amount, cards,
                        FacilityTime.format(receipt.at(), receipt.zone(), locale), receipt.id().toString(),
                        publicBaseUrl + "/wallet/receipts/" + receipt.id()}, locale)));
    }

    /** "Visa ending 4242", or just "Card" where the processor did not say which. */
    public String card(PaymentGateway.Card card, Locale locale) {
        if (card == null) {
            return texts.getMessage("card.unknown", null, locale);
        }
        String brand = texts.getMessage("card." + card.brand().name(), null, locale);
        return card.last4() == null ? brand : texts.getMessage("card.ending", new Object[] {brand, card.last4()}, locale);
    }
}
