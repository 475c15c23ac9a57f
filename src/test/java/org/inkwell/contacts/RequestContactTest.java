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
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RequestContactTest extends IntegrationTest {

    @Test
    void aFamilyRequestsAContactAndSeesItPending() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Requested", "1111");

        Api.Response created = api().as(family).post("/api/v1/contacts",
                Map.of("facility", site.code, "inmateNumber", number, "relationship", "PARENT"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode contact = created.json();
        assertThat(contact.get("id").asString()).isNotBlank();
        assertThat(contact.get("status").asString()).isEqualTo("PENDING");
        assertThat(contact.get("relationship").asString()).isEqualTo("PARENT");
        assertThat(contact.get("inmate").get("facility").asString()).isEqualTo(site.code);
        assertThat(contact.get("inmate").get("number").asString()).isEqualTo(number);
        assertThat(contact.get("inmate").get("name").asString()).isEqualTo("Pat Requested");
        JsonNode mine = api().as(family).get("/api/v1/contacts").json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("contactName").asString()).isEqualTo("Test Family");
    }

    @Test
    void aSecondOpenRequestForTheSamePersonIsAConflict() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Twice", "1111");
        Scenario.requestContact(api(), family, site.code, number);

        Api.Response again = api().as(family).post("/api/v1/contacts",
                Map.of("facility", site.code, "inmateNumber", number, "relationship", "FRIEND"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(api().as(family).get("/api/v1/contacts").json().size()).isEqualTo(1);
    }

    @Test
    void unknownPeopleAndBadFieldsAreRefused() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Known", "1111");

        assertThat(api().as(family).post("/api/v1/contacts", Map.of("facility", site.code, "inmateNumber", "Z0000000",
                "relationship", "PARENT")).status()).isEqualTo(404);
        assertThat(api().as(family).post("/api/v1/contacts", Map.of("facility", site.code, "inmateNumber", number,
                "relationship", "COUSIN_ONCE_REMOVED")).status()).isEqualTo(400);
        assertThat(api().as(family).post("/api/v1/contacts", Map.of("facility", site.code)).status()).isEqualTo(400);
        assertThat(api().as(family).get("/api/v1/contacts").json().size()).isZero();
    }

    @Test
    void staffApproveARequestAndTheFamilyIsEmailedWithoutStaffNames() {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Approved", "1111");
        String contact = Scenario.requestContact(api(), family, site.code, number);
        String reviewerName = site.newReviewer();
        String reviewer = site.login(reviewerName);

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
        assertThat(mail).contains("Pat Approved").doesNotContain("REVIEWER of " + site.code).doesNotContain(reviewerName);
        String inmate = api().loginInmate(site.code, number, "1111");
        JsonNode theirs = api().as(inmate).get("/api/v1/contacts").json();
        assertThat(theirs.get(0).get("contactName").asString()).isEqualTo("Test Family");
        assertThat(theirs.get(0).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void aDenialCarriesItsReasonToTheFamily() {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api(), email);
        TestFacility site = TestFacility.create(api(), Map.of());
        String contact = Scenario.requestContact(api(), family, site.code, site.book("Denied", "1111"));
        String admin = site.admin;

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
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Twice", "1111"));

        Api.Response again = api().as(site.admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "DENY", "reason", "changed my mind"));

        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void staffOfAnotherFacilitySeeNothingOfTheRequest() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility other = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, site.code, site.book("Hidden", "1111"));
        String county = other.login(other.newReviewer());

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
        TestFacility site = TestFacility.create(api(), Map.of());
        String contact = Scenario.requestContact(api(), theirs, site.code, site.book("Private", "1111"));

        assertThat(api().as(mine).get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
        assertThat(api().as(mine).post("/api/v1/contacts/" + contact + "/block", null).status()).isEqualTo(404);
        assertThat(api().as(mine).get("/api/v1/contacts/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void staffSeeEveryChangeInTheContactsHistory() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("History", "1111"));
        api().as(family).post("/api/v1/contacts/" + contact + "/block", null);

        JsonNode view = api().as(site.admin).get("/api/v1/staff/contacts/" + contact).json();

        assertThat(view.get("history").findValues("action").stream().map(JsonNode::asString))
                .containsExactly("REQUESTED", "APPROVED", "BLOCKED");
        assertThat(view.get("history").get(1).get("actorName").asString()).isEqualTo("FACILITY_ADMIN of " + site.code);
        assertThat(view.get("contact").get("status").asString()).isEqualTo("BLOCKED");
    }
}
