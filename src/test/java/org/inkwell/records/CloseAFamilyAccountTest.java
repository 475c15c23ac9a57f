package org.inkwell.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.inkwell.wallet.Wallets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A family member closes their account: money first (what waits for review is withdrawn and refunded, then
 * the whole balance goes back to the card), then contacts and sessions end and the account cannot log in;
 * its name and email are erased once none of its messages keeps its text, at once when it has none.
 */
class CloseAFamilyAccountTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Wallets wallets;

    private record Family(String email, String name, String token, String id) {
    }

    @Test
    void closingWithdrawsWhatWaitsForReviewThenRefundsTheWholeBalanceToTheCard() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Family family = newFamily();
        String contact = site.approvedContact(family.token(), site.book("Closer", "2468"));
        Scenario.buy(api(), family.token(), 500);
        String message = Scenario.send(api(), family.token(), contact, "A letter that will be withdrawn.").json()
                .get("id").asString();
        assertThat(balance(family)).isEqualTo(490);

        Api.Response closed = close(family, Families.PASSWORD);

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode closure = closed.json();
        assertThat(closure.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closure.get("messagesWithdrawn").asInt()).isEqualTo(1);
        assertThat(closure.get("refundedCents").asLong()).as("the message's 10 cents came back before the refund").isEqualTo(500);
        assertThat(closure.get("contactsEnded").asInt()).isEqualTo(1);
        assertThat(closure.get("personalDataErased").asBoolean()).as("the withdrawn letter is still kept").isFalse();
        assertThat(DevMailbox.latest(api(), family.email()).get("subject").asString())
                .isEqualTo("Inkwell receipt: $5.00 paid back to your cards");
        assertThat(walletKinds(family)).as("the statement: bought, charged, withdrawn and refunded, then paid back")
                .containsExactly("PURCHASE:500", "MESSAGE_CHARGE:-10", "REFUND:10", "BALANCE_REFUND:-500");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ledger_entry WHERE transaction_id IN (
                    SELECT e.transaction_id FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
                    WHERE a.owner_id = CAST(:owner AS UUID))
                GROUP BY transaction_id HAVING sum(amount_cents) <> 0
                """).param("owner", family.id()).query(Long.class).list()).as("every transaction balances").isEmpty();
        assertThat(jdbc.sql("SELECT status FROM message WHERE id = CAST(:id AS UUID)").param("id", message)
                .query(String.class).single()).isEqualTo("WITHDRAWN");
        JsonNode seenByStaff = api().as(site.admin).get("/api/v1/staff/contacts/" + contact).json();
        assertThat(seenByStaff.toString()).contains("CLOSED").contains("the family member closed their account");
    }

    @Test
    void aClosedAccountCannotLogInAndItsSessionsEnd() {
        Family family = newFamily();
        Api.Response unknown = api().post("/api/v1/auth/token",
                Map.of("username", Families.newEmail(), "password", Families.PASSWORD));

        assertThat(close(family, Families.PASSWORD).status()).isEqualTo(200);

        assertThat(api().as(family.token()).get("/api/v1/accounts/me").status()).isEqualTo(401);
        Api.Response login = api().post("/api/v1/auth/token", Map.of("username", family.email(), "password", Families.PASSWORD));
        assertThat(login.status()).as("answers as for an account that does not exist").isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(login.json().get("code").asString()).isEqualTo(unknown.json().get("code").asString());
        assertThat(login.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString());
    }

    @Test
    void aWrongPasswordChangesNothing() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Family family = newFamily();
        String contact = site.approvedContact(family.token(), site.book("Stayer", "2468"));
        Scenario.buy(api(), family.token(), 500);
        String message = Scenario.send(api(), family.token(), contact, "Still waiting for review.").json()
                .get("id").asString();

        Api.Response wrong = close(family, "not my password at all");
        Api.Response missing = api().as(family.token()).post("/api/v1/accounts/me/close", Map.of());

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("code").asString()).isEqualTo("account.close-wrong-password");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(balance(family)).isEqualTo(490);
        assertThat(api().as(family.token()).get("/api/v1/messages/" + message).json().get("status").asString())
                .isEqualTo("IN_REVIEW");
        assertThat(api().as(family.token()).get("/api/v1/contacts/" + contact).json().get("status").asString())
                .isEqualTo("APPROVED");
        assertThat(api().login(family.email(), Families.PASSWORD)).isNotBlank();
    }

    @Test
    void aBalanceThatCannotGoBackToACardStopsTheClosureAndNothingChanges() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Family family = newFamily();
        wallets.grantStartingCredit(UUID.fromString(family.id()), 600, "test-credit:" + UUID.randomUUID());
        String contact = site.approvedContact(family.token(), site.book("Granted", "2468"));
        String message = Scenario.send(api(), family.token(), contact, "Paid from credit no card paid for.").json()
                .get("id").asString();

        Api.Response refused = close(family, Families.PASSWORD);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("account.balance-not-refundable");
        assertThat(balance(family)).isEqualTo(590);
        assertThat(api().as(family.token()).get("/api/v1/messages/" + message).json().get("status").asString())
                .as("the withdrawal rolled back with the refund").isEqualTo("IN_REVIEW");
        assertThat(api().login(family.email(), Families.PASSWORD)).isNotBlank();
    }

    @Test
    void aMessageAReviewerIsReadingStopsTheClosureAndNothingChanges() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Family family = newFamily();
        String contact = site.approvedContact(family.token(), site.book("Claimed", "2468"));
        Scenario.buy(api(), family.token(), 500);
        String message = Scenario.send(api(), family.token(), contact, "Being read right now.").json()
                .get("id").asString();
        Scenario.claimNext(api(), site.login(site.newReviewer()), message);

        Api.Response refused = close(family, Families.PASSWORD);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("account.message-in-review");
        assertThat(balance(family)).isEqualTo(490);
        assertThat(api().as(family.token()).get("/api/v1/contacts/" + contact).json().get("status").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void anAccountWithNoMessagesIsErasedAtOnce() {
        TestFacility site = TestFacility.create(api(), Map.of());
        Family family = newFamily();
        String contact = site.approvedContact(family.token(), site.book("Eraser", "2468"));
        assertThat(api().as(site.admin).get("/api/v1/staff/contacts/" + contact).body()).contains(family.name());

        Api.Response closed = close(family, Families.PASSWORD);

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("personalDataErased").asBoolean()).isTrue();
        String seenByStaff = api().as(site.admin).get("/api/v1/staff/contacts/" + contact).body();
        assertThat(seenByStaff).doesNotContain(family.name()).doesNotContain(family.email()).contains("Closed account");
        String platform = api().login("platform.admin", "demo-platform-pass");
        String audit = api().as(platform).get("/api/v1/admin/audit?limit=1000").body();
        assertThat(audit).contains("ACCOUNT_CLOSED").contains("ACCOUNT_ERASED").contains(family.id())
                .doesNotContain(family.email()).doesNotContain(Families.PASSWORD);
        assertThat(api().get("/api/v1/dev/mail?to=" + family.email()).json().size())
                .as("mail sent to the address no longer names it").isZero();
        assertThat(api().post("/api/v1/accounts", Map.of("email", family.email(), "password", Families.PASSWORD,
                "fullName", "Someone New")).status()).as("the address is free again").isEqualTo(201);
    }

    @Test
    void anAttorneysApplicationEndsWithTheAccountAndItsBarNumberFirmAndPhoneAreErased() {
        Attorneys.Attorney attorney = Attorneys.applied(api(), null);
        String platform = api().login(Attorneys.PLATFORM_ADMIN, Attorneys.PLATFORM_PASSWORD);
        JsonNode applied = registration(platform, attorney);
        String firm = applied.get("firm").asString();
        String barNumber = applied.get("barNumber").asString();
        String phone = applied.get("phone").asString();

        Api.Response closed = api().as(attorney.token()).post("/api/v1/accounts/me/close", Map.of("password", Families.PASSWORD));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("personalDataErased").asBoolean()).isTrue();
        assertThat(api().as(platform).get("/api/v1/staff/legal-registrations?status=PENDING").body())
                .as("no admin is asked to decide on a closed account").doesNotContain(attorney.registration());
        JsonNode ended = registration(platform, attorney);
        assertThat(ended.get("status").asString()).isEqualTo("DENIED");
        assertThat(ended.get("phone").asString()).isEmpty();
        assertThat(ended.toString()).doesNotContain(firm).doesNotContain(barNumber).doesNotContain(phone)
                .doesNotContain(attorney.email());
    }

    private JsonNode registration(String platform, Attorneys.Attorney attorney) {
        for (String status : new String[] {"PENDING", "DENIED"}) {
            for (JsonNode r : api().as(platform).get("/api/v1/staff/legal-registrations?status=" + status).json()) {
                if (r.get("id").asString().equals(attorney.registration())) {
                    return r;
                }
            }
        }
        throw new AssertionError("registration " + attorney.registration() + " is not listed");
    }

    @Test
    void personalDataStaysUntilRetentionHasErasedEveryMessage() {
        TestFacility site = TestFacility.create(api(), Map.of("retentionDays", 30));
        Family family = newFamily();
        String contact = site.approvedContact(family.token(), site.book("Keeper", "2468"));
        Scenario.buy(api(), family.token(), 500);
        Scenario.send(api(), family.token(), contact, "Kept until retention deletes it.");
        assertThat(close(family, Families.PASSWORD).json().get("personalDataErased").asBoolean()).isFalse();

        runRetention();

        assertThat(api().as(site.admin).get("/api/v1/staff/contacts/" + contact).body()).as("the letter still has its text")
                .contains(family.name()).contains(family.email());
        assertThat(api().post("/api/v1/accounts", Map.of("email", family.email(), "password", Families.PASSWORD,
                "fullName", "Someone New")).status()).as("the address stays taken until erased").isEqualTo(409);

        clock.advance(Duration.ofDays(31));
        Api.Response run = runRetention();

        assertThat(run.json().get("erased").asInt()).as("the withdrawn letter's time is up").isPositive();
        assertThat(api().as(site.admin).get("/api/v1/staff/contacts/" + contact).body())
                .doesNotContain(family.name()).doesNotContain(family.email());
        assertThat(jdbc.sql("SELECT count(*) FROM payment WHERE owner_id = CAST(:id AS UUID) AND card_fingerprint IS NOT NULL")
                .param("id", family.id()).query(Integer.class).single()).as("card fingerprints forgotten").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_account WHERE owner_id = CAST(:id AS UUID)")
                .param("id", family.id()).query(Integer.class).single()).as("the ledger keeps its wallet").isOne();
    }

    private Api.Response runRetention() {
        Api.Response run = api().as(api().login("platform.admin", "demo-platform-pass")).post("/api/v1/admin/retention/run", null);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run;
    }

    @Test
    void theAccountPageSaysWhatClosingDoesAndClosesOnlyWithThePassword() {
        TestFacility site = TestFacility.create(api(), Map.of("retentionDays", 200));
        Family family = newFamily();
        site.approvedContact(family.token(), site.book("Paged", "2468"));
        Scenario.buy(api(), family.token(), 700);

        String english = text(api().with("Cookie", "inkwell_session=" + family.token()).get("/account").body());
        String spanish = text(api().with("Cookie", "inkwell_session=" + family.token() + "; inkwell_lang=es")
                .get("/account").body());
        assertThat(english).contains("Close my account").contains(family.email())
                .contains("Your whole balance is refunded to the card it was paid with")
                .contains("Messages still waiting for review")
                .contains("at most 200 days after delivery, rejection or withdrawal")
                .contains("your name and email address are erased");
        assertThat(spanish).contains("Cerrar mi cuenta")
                .contains("Todo su saldo se reembolsa a la tarjeta con la que se pagó")
                .contains("como mucho 200 días después de la entrega")
                .contains("se borran su nombre y su correo electrónico")
                .doesNotContain("Your whole balance");

        Api.Response wrong = PageForm.open(api(), "/account", family.token()).post("/account/close",
                Map.of("password", "not the password"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(text(wrong.body())).contains("The password is not right. Nothing was changed.");
        assertThat(balance(family)).isEqualTo(700);

        Api.Response closed = PageForm.open(api(), "/account", family.token()).post("/account/close",
                Map.of("password", Families.PASSWORD));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(text(closed.body())).contains("Your account is closed").contains("Refunded to your card: $7.00.");
        assertThat(PageForm.cookie(closed, "inkwell_session")).contains("");
        assertThat(api().with("Cookie", "inkwell_session=" + family.token()).get("/account").status())
                .as("the session ended").isEqualTo(302);
    }

    /** The page's text as a reader sees it: entities decoded. */
    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private Family newFamily() {
        StringBuilder surname = new StringBuilder("Quill");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> surname.append((char) c));
        String name = "Rosalind " + surname;
        String email = Families.newEmail();
        Api.Response created = api().post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD, "fullName", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        api().post("/api/v1/accounts/verify", Map.of("token", DevMailbox.verificationToken(api(), email)));
        String token = api().login(email, Families.PASSWORD);
        return new Family(email, name, token, api().as(token).get("/api/v1/accounts/me").json().get("id").asString());
    }

    private Api.Response close(Family family, String password) {
        return api().as(family.token()).post("/api/v1/accounts/me/close", Map.of("password", password));
    }

    private long balance(Family family) {
        return api().as(family.token()).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }

    private java.util.List<String> walletKinds(Family family) {
        return jdbc.sql("""
                SELECT t.kind || ':' || e.amount_cents FROM ledger_entry e
                JOIN ledger_account a ON a.id = e.account_id JOIN ledger_transaction t ON t.id = e.transaction_id
                WHERE a.owner_id = CAST(:owner AS UUID) ORDER BY e.id
                """).param("owner", family.id()).query(String.class).list();
    }
}
