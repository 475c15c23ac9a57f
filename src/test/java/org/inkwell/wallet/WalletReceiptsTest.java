package org.inkwell.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Buying credit and refunding the balance each end on a receipt (amount, card, local time, reference),
 * on its own page and by email; the form's answer is a redirect there, so a refresh shows the receipt again
 * and pays nothing more. The statement says whom each message was to, in that person's facility's time.
 */
class WalletReceiptsTest extends IntegrationTest {

    private static final String LOCAL_TIME_LA = "\\w{3} \\d{1,2} \\w{3} \\d{4}, \\d{1,2}:\\d{2} (am|pm) P[SD]T";

    @Test
    void aPurchaseEndsOnItsReceiptWhichARefreshShowsAgainWithoutChargingTwice() {
        TestFacility site = TestFacility.create(api(), Map.of("timeZone", "America/Los_Angeles"));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        site.approvedContact(family, site.book("Receiptson", "1111"));
        String key = UUID.randomUUID().toString();
        Map<String, String> form = Map.of("amountCents", "1000", "paymentToken", "tok_mastercard", "idempotencyKey", key);

        Api.Response bought = PageForm.open(api(), "/wallet", family).post("/wallet/purchases", form);

        assertThat(bought.status()).isEqualTo(302);
        String receiptPath = bought.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(receiptPath).matches("/wallet/receipts/[0-9a-f-]{36}");
        String receipt = page(family).get(receiptPath).body();
        String reference = receiptPath.substring("/wallet/receipts/".length());
        assertThat(receipt).contains("$10.00").contains("Mastercard ending 4444").contains(reference)
                .containsPattern(LOCAL_TIME_LA);
        assertThat(page(family).get(receiptPath).body()).as("a refresh").contains("$10.00");
        Api.Response again = PageForm.open(api(), "/wallet", family).post("/wallet/purchases", form);
        assertThat(again.header("Location").orElseThrow()).as("the same form posted twice").endsWith(receiptPath);
        assertThat(balance(family)).as("charged once").isEqualTo(1000);

        JsonNode mail = mailStartingWith(email, "Inkwell receipt: $10.00 added");
        assertThat(mail.get("body").asString()).contains("Mastercard ending 4444").contains(reference)
                .contains(receiptPath).containsPattern(LOCAL_TIME_LA);
        assertThat(receiptMails(email)).as("one receipt, however often the page is shown").isEqualTo(1);
    }

    @Test
    void aBalanceRefundEndsOnItsReceiptNamingTheCardAndIsDoneOnce() {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        Scenario.buy(api(), family, 700);
        String key = UUID.randomUUID().toString();

        Api.Response refunded = PageForm.open(api(), "/wallet/refund", family).post("/wallet/refunds",
                Map.of("idempotencyKey", key));

        assertThat(refunded.status()).isEqualTo(302);
        String receiptPath = refunded.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String receipt = page(family).get(receiptPath).body();
        assertThat(receipt).contains("Receipt: balance refunded").contains("$7.00").contains("Visa ending 4242")
                .as("the card's part, said in words").contains(">refunded</span>)")
                .as("a family without contacts reads UTC, labelled").contains(" UTC</time>");
        assertThat(page(family).get(receiptPath).status()).isEqualTo(200);
        Api.Response again = PageForm.open(api(), "/wallet", family).post("/wallet/refunds", Map.of("idempotencyKey", key));
        assertThat(again.header("Location").orElseThrow()).endsWith(receiptPath);
        assertThat(balance(family)).isZero();
        long refunds = 0;
        for (JsonNode entry : api().as(family).get("/api/v1/wallet").json().get("entries")) {
            refunds += entry.get("kind").asString().equals("BALANCE_REFUND") ? 1 : 0;
        }
        assertThat(refunds).as("refunded once").isEqualTo(1);
        String body = mailStartingWith(email, "Inkwell receipt: $7.00 paid back").get("body").asString();
        assertThat(body).contains("Visa ending 4242: $7.00").contains(receiptPath);
    }

    @Test
    void aDeclinedCardIsSaidOnTheWalletPageAndTheSameFormPostedAgainIsAnsweredTheSame() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        Map<String, String> form = Map.of("amountCents", "1000", "paymentToken", "tok_chargeDeclined",
                "idempotencyKey", UUID.randomUUID().toString());

        Api.Response declined = PageForm.open(api(), "/wallet", family).post("/wallet/purchases", form);
        Api.Response again = PageForm.open(api(), "/wallet", family).post("/wallet/purchases", form);

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.body()).contains("The card was declined. Nothing was charged.");
        assertThat(again.status()).isEqualTo(402);
        assertThat(again.body()).contains("The card was declined. Nothing was charged.");
        assertThat(balance(family)).isZero();
    }

    @Test
    void statementLinesSayWhomAMessageWasToInThatFacilitysTimeAndReceiptsAreTheOwnersOnly() {
        TestFacility site = TestFacility.create(api(), Map.of("timeZone", "America/Los_Angeles"));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Okonkwo", "2222"));
        Scenario.buy(api(), family, 500);
        assertThat(Scenario.send(api(), family, contact, "Hello from home.").status()).isEqualTo(201);

        String wallet = page(family).get("/wallet").body();

        assertThat(wallet).contains("Message to Pat Okonkwo").contains("−$0.10").containsPattern(LOCAL_TIME_LA)
                .doesNotContain(" UTC<");
        String receipt = wallet.substring(wallet.indexOf("/wallet/receipts/"), wallet.indexOf("/wallet/receipts/") + 53);
        String stranger = Families.verifiedFamily(api(), Families.newEmail());
        assertThat(page(stranger).get(receipt).status()).as("another family's receipt").isEqualTo(404);
    }

    private Api page(String family) {
        return api().with("Cookie", "inkwell_session=" + family);
    }

    private long balance(String family) {
        return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }

    private JsonNode mailStartingWith(String to, String subject) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> DevMailbox.latest(api(), to), m -> m.get("subject").asString().startsWith(subject));
    }

    private long receiptMails(String to) {
        long count = 0;
        for (JsonNode mail : api().get("/api/v1/dev/mail?to=" + java.net.URLEncoder.encode(to,
                java.nio.charset.StandardCharsets.UTF_8)).json()) {
            count += mail.get("subject").asString().startsWith("Inkwell receipt") ? 1 : 0;
        }
        return count;
    }
}
