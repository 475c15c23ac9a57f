package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Emails about a conversation open that conversation (the login, when needed, returns there): a reply from
 * inside, a rejected message, and an approved contact, whose email leads straight to writing.
 */
class EmailsLinkToTheConversationTest extends IntegrationTest {

    @Test
    void theApprovedContactsEmailLinksToWritingAndAReplysEmailToTheConversation() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true));
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String number = site.book("Linkwell", "5150");
        String contact = site.approvedContact(family, number);

        String approved = mailStartingWith(email, "Your contact with").get("body").asString();
        assertThat(approved).contains("/conversations/" + contact + "\n").contains("You can now write to");
        assertThat(page(family).get(path(approved, contact)).body()).as("the link opens the page to write on")
                .contains("id=\"compose\"");

        Api.Response replied = api().as(api().loginInmate(site.code, number, "5150"))
                .with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", contact, "body", "Write back soon."));
        assertThat(replied.status()).isEqualTo(201);
        String reply = mailStartingWith(email, "New message").get("body").asString();
        assertThat(reply).contains("/conversations/" + contact + "\n").doesNotContain("/login\n");
    }

    @Test
    void aRejectedMessagesEmailLinksToItsConversation() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String contact = site.approvedContact(family, site.book("Declan", "6160"));
        Scenario.buy(api(), family, 500);
        String message = Scenario.send(api(), family, contact, "A letter the reviewer turns back.").json().get("id").asString();
        String reviewer = site.login(site.newReviewer());
        Scenario.claimNext(api(), reviewer, message);
        assertThat(Scenario.decide(api(), reviewer, message, "REJECT", "THREAT_OR_VIOLENCE").status()).isEqualTo(200);

        String rejected = mailStartingWith(email, "Your message to").get("body").asString();

        assertThat(rejected).contains("/conversations/" + contact + "\n");
    }

    private JsonNode mailStartingWith(String to, String subject) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> DevMailbox.latest(api(), to), m -> m.get("subject").asString().startsWith(subject));
    }

    private Api page(String family) {
        return api().with("Cookie", "inkwell_session=" + family);
    }

    /** The path of the link to the conversation in a mail body (the base address is the service's). */
    private static String path(String body, String contact) {
        int end = body.indexOf("/conversations/" + contact) + ("/conversations/" + contact).length();
        return body.substring(body.indexOf("/conversations/" + contact), end);
    }
}
