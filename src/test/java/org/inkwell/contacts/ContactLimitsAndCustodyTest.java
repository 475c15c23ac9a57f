package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactLimitsAndCustodyTest extends IntegrationTest {

    @Test
    void theFacilitysCapOnApprovedContactsAnswers409() {
        TestFacility site = TestFacility.create(api(), Map.of("maxContacts", 2));
        String admin = site.admin;
        String facility = site.code;
        String number = site.book("Capped", "1000");
        String[] requests = new String[3];
        for (int i = 0; i < 3; i++) {
            requests[i] = Scenario.requestContact(api(), Families.verifiedFamily(api(), Families.newEmail()), facility, number);
        }

        assertThat(decide(admin, requests[0]).status()).isEqualTo(200);
        assertThat(decide(admin, requests[1]).status()).isEqualTo(200);
        Api.Response third = decide(admin, requests[2]);

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("detail").asString()).contains("(2)");
        assertThat(api().as(admin).get("/api/v1/staff/contacts/" + requests[2]).json().get("contact").get("status")
                .asString()).isEqualTo("PENDING");
    }

    @Test
    void releaseClosesThePersonsContactsAndTheFamilySeesWhy() {
        Scenario.Pair pair = Scenario.approvedPair(api());

        api().as(pair.admin()).send("POST", "/api/v1/staff/roster", "text/csv",
                pair.inmateNumber() + ",Pairson,Pat,RELEASED,\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> api().as(pair.familyToken())
                .get("/api/v1/contacts/" + pair.contactId()).json().get("status").asString().equals("CLOSED"));
        JsonNode contact = api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).json();
        assertThat(contact.get("statusReason").asString()).contains("released");
    }

    @Test
    void aTransferWithinTheAgencyKeepsTheContactAtTheNewFacility() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        String platform = api().login("platform.admin", "demo-platform-pass");
        String countyAdmin = unique("county.admin");
        api().as(platform).post("/api/v1/admin/staff", Map.of("username", countyAdmin, "password", "county admin passphrase",
                "fullName", "Cory County", "role", "FACILITY_ADMIN", "facility", "DEMO-COUNTY"));

        api().as(api().login(countyAdmin, "county admin passphrase")).send("POST", "/api/v1/staff/roster", "text/csv",
                pair.inmateNumber() + ",Pairson,Pat,IN_CUSTODY,POD-3\n");
        String north = pair.admin();
        String request = java.util.stream.StreamSupport.stream(
                        api().as(north).get("/api/v1/staff/transfer-requests").json().spliterator(), false)
                .filter(r -> r.get("number").asString().equals(pair.inmateNumber())).findFirst().orElseThrow()
                .get("id").asString();
        api().as(north).post("/api/v1/staff/transfer-requests/" + request + "/decision", Map.of("decision", "CONFIRM"));

        await().atMost(Duration.ofSeconds(20)).until(() -> api().as(pair.familyToken())
                .get("/api/v1/contacts/" + pair.contactId()).json().get("inmate").get("facility").asString()
                .equals("DEMO-COUNTY"));
        assertThat(api().as(pair.familyToken()).get("/api/v1/contacts/" + pair.contactId()).json().get("status").asString())
                .isEqualTo("APPROVED");
        String countyReviewer = api().login("reviewer.county", "demo-reviewer-pass");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().as(countyReviewer).get("/api/v1/staff/contacts/" + pair.contactId()).status() == 200);
    }

    private Api.Response decide(String admin, String contact) {
        return api().as(admin).post("/api/v1/staff/contact-requests/" + contact + "/decision", Map.of("decision", "APPROVE"));
    }
}
