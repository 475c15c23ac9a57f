package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ContactLimitsAndCustodyTest extends IntegrationTest {

    @Test
    void theFacilitysCapOnApprovedContactsAnswers409() {
        String platform = api().login("platform.admin", "demo-platform-pass");
        String facility = unique("CAP").toUpperCase();
        Map<String, Object> smallJail = new HashMap<>(Map.of("code", facility, "agency", "DEMO",
                "name", "Small Jail " + facility, "kind", "COUNTY_JAIL", "state", "NY", "delivery", "PRINT",
                "pricing", Map.of("unitPriceCents", 25, "charsPerUnit", 1500), "maxMessageChars", 3000,
                "reviewTargetHours", 12, "replyPolicy", "FREE"));
        smallJail.put("maxContacts", 2);
        assertThat(api().as(platform).post("/api/v1/admin/facilities", smallJail).status()).isEqualTo(201);
        String adminName = unique("cap.admin");
        api().as(platform).post("/api/v1/admin/staff", Map.of("username", adminName, "password", "small jail admin pass",
                "fullName", "Cap Admin", "role", "FACILITY_ADMIN", "facility", facility));
        String admin = api().login(adminName, "small jail admin pass");
        String number = "K" + (System.nanoTime() % 100_000_000);
        api().as(admin).send("POST", "/api/v1/staff/roster", "text/csv", number + ",Capped,Cal,IN_CUSTODY,A\n");
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

        api().as(Scenario.northAdmin(api())).send("POST", "/api/v1/staff/roster", "text/csv",
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
