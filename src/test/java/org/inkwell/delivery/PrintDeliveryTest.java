package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A facility that prints: approved messages wait for a batch, a PDF, and staff confirming they were handed out. */
class PrintDeliveryTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void approvedMessagesArePrintedInBatchesByHousingUnitAndDeliveredOnConfirmation() throws Exception {
        TestFacility site = TestFacility.create(api(), Map.of("delivery", "PRINT"));
        String countyAdmin = site.admin;
        String number = "W" + (System.nanoTime() % 100_000_000);
        api().as(countyAdmin).send("POST", "/api/v1/staff/roster", "text/csv", number + ",Paper,Penny,IN_CUSTODY,POD-9\n");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 500);
        String id = Scenario.send(api(), family, contact, "Querida Penny, ¿cómo estás? Te extrañamos.").json().get("id").asString();
        String reviewer = site.login(site.newReviewer());
        Scenario.claimNext(api(), reviewer, id);
        Scenario.decide(api(), reviewer, id, "APPROVE", null);

        assertThat(status(family, id)).as("waiting for print").isEqualTo("APPROVED");

        Api.Response generated = api().as(countyAdmin).post("/api/v1/staff/print-batches", null);
        assertThat(generated.status()).isEqualTo(201);
        JsonNode batch = generated.json().findParents("housingUnit").stream()
                .filter(b -> b.get("housingUnit").asString().equals("POD-9")).findFirst().orElseThrow();
        String batchId = batch.get("id").asString();
        assertThat(batch.get("messageCount").asInt()).isPositive();

        Api.Response again = api().as(countyAdmin).post("/api/v1/staff/print-batches", null);
        assertThat(again.json().findValues("housingUnit").stream().map(JsonNode::asString))
                .as("a message is never in two batches").doesNotContain("POD-9");
        assertThat(api().as(countyAdmin).post("/api/v1/staff/print-batches/" + batchId + "/confirm", null).status())
                .as("not before it was printed").isEqualTo(409);

        HttpResponse<byte[]> pdf = pdf(countyAdmin, batchId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(status(family, id)).isEqualTo("APPROVED");

        Api.Response confirmed = api().as(countyAdmin).post("/api/v1/staff/print-batches/" + batchId + "/confirm", null);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(status(family, id)).isEqualTo("DELIVERED");
        assertThat(api().as(countyAdmin).post("/api/v1/staff/print-batches/" + batchId + "/confirm", null).status())
                .isEqualTo(409);
        assertThat(api().as(countyAdmin).get("/api/v1/staff/print-batches").json().findParents("id").stream()
                .filter(b -> b.get("id").asString().equals(batchId)).findFirst().orElseThrow()
                .get("downloads").asInt()).isEqualTo(1);
    }

    @Test
    void aKioskFacilityHasNothingToPrintAndOtherFacilitiesBatchesAreHidden() {
        String kioskAdmin = TestFacility.create(api(), Scenario.NORTH_LIKE).admin;

        assertThat(api().as(kioskAdmin).post("/api/v1/staff/print-batches", null).status()).isEqualTo(409);
        assertThat(api().as(countyAdmin()).get("/api/v1/staff/print-batches/00000000-0000-0000-0000-000000000001/pdf")
                .status()).isEqualTo(404);
    }

    private HttpResponse<byte[]> pdf(String token, String batchId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/staff/print-batches/" + batchId + "/pdf"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String status(String family, String id) {
        return api().as(family).get("/api/v1/messages/" + id).json().get("status").asString();
    }

    private String countyAdmin() {
        String platform = api().login("platform.admin", "demo-platform-pass");
        String name = unique("print.admin");
        api().as(platform).post("/api/v1/admin/staff", Map.of("username", name, "password", "county print admin",
                "fullName", "Pru Print", "role", "FACILITY_ADMIN", "facility", "DEMO-COUNTY"));
        return api().login(name, "county print admin");
    }
}
