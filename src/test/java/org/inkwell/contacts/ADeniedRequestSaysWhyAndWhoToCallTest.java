package org.inkwell.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** A family whose request is not approved reads why on their home page, and how to reach the facility. */
class ADeniedRequestSaysWhyAndWhoToCallTest extends IntegrationTest {

    @Test
    void theReasonAndTheFacilitysPhoneAreOnTheHomePage() {
        TestFacility site = TestFacility.create(api(), Map.of("phone", "(845) 555-0133"));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, site.code, site.book("Achebe", "4825"));

        deny(site, contact, "We could not confirm the relationship.");
        String home = api().with("Cookie", "inkwell_session=" + family).get("/home").body();

        assertThat(home).contains("Your request to write to Pat Achebe was not approved")
                .contains("<strong class=\"reason\">We could not confirm the relationship.</strong>")
                .contains("To ask about it, call Test Facility " + site.code)
                .contains("href=\"tel:8455550133\"").contains("(845) 555-0133");
    }

    @Test
    void withoutAPhoneTheHomePageLinksToTheFacilitysPage() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = Scenario.requestContact(api(), family, site.code, site.book("Okonkwo", "4826"));

        deny(site, contact, "Not on the visiting list.");
        String home = api().with("Cookie", "inkwell_session=" + family).get("/home?lang=es").body();

        assertThat(home).contains("No se aprobó su solicitud para escribir a Pat Okonkwo")
                .contains("Not on the visiting list.").contains("href=\"/facilities/" + site.code + "\"");
    }

    private void deny(TestFacility site, String contact, String reason) {
        Api.Response denied = api().as(site.admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "DENY", "reason", reason));
        assertThat(denied.status()).isEqualTo(200);
    }
}
