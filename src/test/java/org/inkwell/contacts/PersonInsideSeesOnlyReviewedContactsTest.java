package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * A request carries the requester's own name and a denial the staff's reason written for the family;
 * neither has been reviewed for the person inside, who sees a contact only once staff let it through.
 */
class PersonInsideSeesOnlyReviewedContactsTest extends IntegrationTest {

    @Test
    void pendingAndDeniedRequestsAreNotShownInside() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Seen", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");
        String pending = Scenario.requestContact(api(), Families.verifiedFamily(api(), Families.newEmail()), site.code, number);
        String denied = Scenario.requestContact(api(), Families.verifiedFamily(api(), Families.newEmail()), site.code, number);
        api().as(site.admin).post("/api/v1/staff/contact-requests/" + denied + "/decision",
                Map.of("decision", "DENY", "reason", "Named in the protection order of the victim"));
        String approved = site.approvedContact(Families.verifiedFamily(api(), Families.newEmail()), number);

        Api.Response mine = api().as(inmate).get("/api/v1/contacts");

        assertThat(mine.json().findValuesAsString("id")).containsExactly(approved);
        assertThat(mine.body()).doesNotContain("protection order");
        for (String hidden : new String[] {pending, denied}) {
            assertThat(api().as(inmate).get("/api/v1/contacts/" + hidden).status()).isEqualTo(404);
            assertThat(api().as(inmate).post("/api/v1/contacts/" + hidden + "/block", null).status()).isEqualTo(404);
            assertThat(api().as(inmate).with("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .post("/api/v1/inmate/messages", Map.of("contactId", hidden, "body", "Hello")).status()).isEqualTo(404);
        }
    }

    @Test
    void blockedAndSuspendedContactsStayInSight() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Blocked", "1234");
        String inmate = api().loginInmate(site.code, number, "1234");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String blocked = site.approvedContact(family, number);
        api().as(family).post("/api/v1/contacts/" + blocked + "/block", null);
        String suspended = site.approvedContact(Families.verifiedFamily(api(), Families.newEmail()), number);
        api().as(site.admin).put("/api/v1/staff/contacts/" + suspended + "/suspension",
                Map.of("until", java.time.Instant.now().plusSeconds(3600).toString(), "reason", "cooling off"));

        assertThat(api().as(inmate).get("/api/v1/contacts").json().findValuesAsString("status"))
                .containsExactlyInAnyOrder("BLOCKED", "SUSPENDED");
    }
}
