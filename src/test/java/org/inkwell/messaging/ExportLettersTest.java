package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** No one's letters are locked in: all of them as JSON, each conversation as a PDF, free. */
class ExportLettersTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void aFamilyExportsEveryLetterWithItsOutcomeAndThePersonInsideSeesOnlyWhatWasDelivered() throws Exception {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String delivered = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Delivered letter ✉️").json()
                .get("id").asString();
        String rejected = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Rejected letter").json()
                .get("id").asString();
        String reviewer = pair.reviewer();
        Scenario.decideAll(api(), reviewer, Map.of(delivered, "APPROVE", rejected, "OTHER"));

        JsonNode export = api().as(pair.familyToken()).get("/api/v1/messages/export").json();

        JsonNode conversation = export.get("conversations").get(0);
        assertThat(conversation.get("withName").asString()).isEqualTo("Pat Pairson");
        assertThat(conversation.get("messages").findValues("body").stream().map(JsonNode::asString))
                .containsExactly("Delivered letter ✉️", "Rejected letter");
        assertThat(conversation.get("messages").get(1).get("rejection").asString()).isEqualTo("OTHER");
        String inmate = pair.loginInmate(api());
        JsonNode theirs = api().as(inmate).get("/api/v1/messages/export").json();
        assertThat(theirs.get("conversations").get(0).get("messages").findValues("body").stream().map(JsonNode::asString))
                .containsExactly("Delivered letter ✉️");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/messages/export/" + pair.contactId() + "/pdf"))
                .header("Authorization", "Bearer " + pair.familyToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String stranger = Families.verifiedFamily(api(), Families.newEmail());
        assertThat(api().as(stranger).get("/api/v1/messages/export/" + pair.contactId() + "/pdf").status()).isEqualTo(404);
    }
}
