package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RequestContactTest extends IntegrationTest {

    @Test
    void aFamilyRequestsAContactAndSeesItPending() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = Scenario.bookPersonAtNorth(api(), "Requested", "1111");

        Api.Response created = api().as(family).post("/api/v1/contacts",
                Map.of("facility", "DEMO-NORTH", "inmateNumber", number, "relationship", "PARENT"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode contact = created.json();
        assertThat(contact.get("id").asString()).isNotBlank();
        assertThat(contact.get("status").asString()).isEqualTo("PENDING");
        assertThat(contact.get("relationship").asString()).isEqualTo("PARENT");
        assertThat(contact.get("inmate").get("facility").asString()).isEqualTo("DEMO-NORTH");
        assertThat(contact.get("inmate").get("number").asString()).isEqualTo(number);
        assertThat(contact.get("inmate").get("name").asString()).isEqualTo("Pat Requested");
        JsonNode mine = api().as(family).get("/api/v1/contacts").json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("contactName").asString()).isEqualTo("Test Family");
    }

    @Test
    void aSecondOpenRequestForTheSamePersonIsAConflict() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = Scenario.bookPersonAtNorth(api(), "Twice", "1111");
        Scenario.requestContact(api(), family, "DEMO-NORTH", number);

        Api.Response again = api().as(family).post("/api/v1/contacts",
                Map.of("facility", "DEMO-NORTH", "inmateNumber", number, "relationship", "FRIEND"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(api().as(family).get("/api/v1/contacts").json().size()).isEqualTo(1);
    }

    @Test
    void unknownPeopleAndBadFieldsAreRefused() {
        String family = Families.verifiedFamily(api(), Families.newEmail());

        assertThat(api().as(family).post("/api/v1/contacts", Map.of("facility", "DEMO-NORTH", "inmateNumber", "Z0000000",
                "relationship", "PARENT")).status()).isEqualTo(404);
        assertThat(api().as(family).post("/api/v1/contacts", Map.of("facility", "DEMO-NORTH", "inmateNumber", "A1002",
                "relationship", "COUSIN_ONCE_REMOVED")).status()).isEqualTo(400);
        assertThat(api().as(family).post("/api/v1/contacts", Map.of("facility", "DEMO-NORTH")).status()).isEqualTo(400);
        assertThat(api().as(family).get("/api/v1/contacts").json().size()).isZero();
    }

    @Test
    void staffApproveARequestAndTheFamilyIsEmailedWithoutStaffNames() {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String number = Scenario.bookPersonAtNorth(api(), "Approved", "1111");
        String contact = Scenario.requestContact(api(), family, "DEMO-NORTH", number);
        String reviewer = api().login("reviewer.north", "demo-reviewer-pass");

        JsonNode pending = api().as(reviewer).get("/api/v1/staff/contact-requests?status=PENDING").json();
        JsonNode listed = pending.findParents("id").stream().filter(r -> r.get("id").asString().equals(contact))
                .findFirst().orElseThrow();
        assertThat(listed.get("requester").get("email").asString()).isEqualTo(email);
        assertThat(listed.get("requester").get("fullName").asString()).isEqualTo("Test Family");
        assertThat(listed.get("inmate").get("number").asString()).isEqualTo(number);
        assertThat(listed.get("requestedAt").asString()).isNotBlank();

        Api.Response decided = api().as(reviewer).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "APPROVE"));

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api().as(family).get("/api/v1/contacts/" + contact).json().get("status").asString()).isEqualTo("APPROVED");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                DevMailbox.latest(api(), email).get("subject").asString().contains("approved"));
        String mail = DevMailbox.latest(api(), email).get("body").asString();
        assertThat(mail).contains("Pat Approved").doesNotContain("Riley North");
        String inmate = api().loginInmate("DEMO-NORTH", number, "1111");
        JsonNode theirs = api().as(inmate).get("/api/v1/contacts").json();
        assertThat(theirs.get(0).get("contactName").asString()).isEqualTo("Test Family");
        assertThat(theirs.get(0).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void aDenialCarriesItsReasonToTheFamily() {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        String contact = Scenario.requestContact(api(), family, "DEMO-NORTH", Scenario.bookPersonAtNorth(api(), "Denied", "1111"));
        String admin = Scenario.northAdmin(api());

        assertThat(api().as(admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "DENY")).status()).as("a denial needs a reason").isEqualTo(400);
        Api.Response denied = api().as(admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "DENY", "reason", "The victim's family may not be contacted."));

        assertThat(denied.json().get("status").asString()).isEqualTo("DENIED");
        JsonNode seen = api().as(family).get("/api/v1/contacts/" + contact).json();
        assertThat(seen.get("statusReason").asString()).isEqualTo("The victim's family may not be contacted.");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                DevMailbox.latest(api(), email).get("body").asString().contains("The victim's family may not be contacted."));
    }

    @Test
    void decidingTwiceIsAConflict() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, "DEMO-NORTH", Scenario.bookPersonAtNorth(api(), "Twice", "1111"));
        Scenario.approveAtNorth(api(), contact);

        Api.Response again = api().as(Scenario.northAdmin(api())).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "DENY", "reason", "changed my mind"));

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void staffOfAnotherFacilitySeeNothingOfTheRequest() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, "DEMO-NORTH", Scenario.bookPersonAtNorth(api(), "Hidden", "1111"));
        String county = api().login("reviewer.county", "demo-reviewer-pass");

        assertThat(api().as(county).get("/api/v1/staff/contact-requests").json().findValues("id").stream()
                .map(JsonNode::asString)).doesNotContain(contact);
        assertThat(api().as(county).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "APPROVE")).status()).isEqualTo(404);
        assertThat(api().as(county).get("/api/v1/staff/contacts/" + contact).status()).isEqualTo(404);
    }

    @Test
    void anotherFamilysContactIsNotFound() {
        String mine = Families.verifiedFamily(api(), Families.newEmail());
        String theirs = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), theirs, "DEMO-NORTH", Scenario.bookPersonAtNorth(api(), "Private", "1111"));

        assertThat(api().as(mine).get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
        assertThat(api().as(mine).post("/api/v1/contacts/" + contact + "/block", null).status()).isEqualTo(404);
        assertThat(api().as(mine).get("/api/v1/contacts/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void staffSeeEveryChangeInTheContactsHistory() {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, "DEMO-NORTH", Scenario.bookPersonAtNorth(api(), "History", "1111"));
        Scenario.approveAtNorth(api(), contact);
        api().as(family).post("/api/v1/contacts/" + contact + "/block", null);

        JsonNode view = api().as(Scenario.northAdmin(api())).get("/api/v1/staff/contacts/" + contact).json();

        assertThat(view.get("history").findValues("action").stream().map(JsonNode::asString))
                .containsExactly("REQUESTED", "APPROVED", "BLOCKED");
        assertThat(view.get("history").get(1).get("actorName").asString()).isEqualTo("Alex North");
        assertThat(view.get("contact").get("status").asString()).isEqualTo("BLOCKED");
    }
}
