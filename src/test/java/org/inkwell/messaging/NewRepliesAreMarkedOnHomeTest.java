package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * A family's home page says, in words, which contacts have replies delivered since the family last
 * opened that conversation, on the page or through the API; opening it clears the mark.
 */
class NewRepliesAreMarkedOnHomeTest extends IntegrationTest {

    @Test
    void repliesDeliveredSinceTheConversationWasLastOpenedAreCountedUntilItIsOpened() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Replyton", "3141");
        String contact = site.approvedContact(family, number);
        String quiet = site.approvedContact(family, site.book("Stillwell", "3142"));
        String inmate = api().loginInmate(site.code, number, "3141");

        reply(inmate, contact, "Thank you for the letter.");
        reply(inmate, contact, "And for the photos.");
        assertThat(entryOf(home(family), contact)).contains("2 new replies");
        assertThat(entryOf(home(family), quiet)).doesNotContain("new repl");

        assertThat(page(family).get("/conversations/" + contact).status()).isEqualTo(200);
        assertThat(entryOf(home(family), contact)).as("opened on the page").doesNotContain("new repl");

        reply(inmate, contact, "One more thing.");
        assertThat(entryOf(home(family), contact)).contains("1 new reply").doesNotContain("new replies");
        assertThat(api().as(family).get("/api/v1/messages?contactId=" + contact).status()).isEqualTo(200);
        assertThat(entryOf(home(family), contact)).as("read through the API").doesNotContain("new repl");
    }

    @Test
    void theMarkIsInSpanishOnASpanishPage() {
        TestFacility site = TestFacility.create(api(), Map.of("autoApproveClean", true));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Respuesta", "2718");
        String contact = site.approvedContact(family, number);
        String inmate = api().loginInmate(site.code, number, "2718");
        reply(inmate, contact, "Gracias por la carta.");
        reply(inmate, contact, "Y por las fotos.");

        String home = api().with("Cookie", "inkwell_session=" + family + "; inkwell_lang=es").get("/home").body();

        assertThat(entryOf(home, contact)).contains("2 respuestas nuevas");
    }

    private void reply(String inmate, String contact, String body) {
        Api.Response sent = api().as(inmate).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", contact, "body", body));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("status").asString()).isEqualTo("DELIVERED");
    }

    private Api page(String family) {
        return api().with("Cookie", "inkwell_session=" + family);
    }

    private String home(String family) {
        Api.Response home = page(family).get("/home");
        assertThat(home.status()).isEqualTo(200);
        return home.body();
    }

    /** The list item of one contact on the home page. */
    private static String entryOf(String home, String contact) {
        int link = home.indexOf("/conversations/" + contact);
        assertThat(link).as("the contact is listed").isNotNegative();
        int start = home.lastIndexOf("<li", link);
        return home.substring(start, home.indexOf("</li>", link));
    }
}
