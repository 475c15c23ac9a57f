package org.inkwell.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Attorneys;
import org.inkwell.support.Attorneys.Attorney;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * The pages: a family account applies as an attorney from its home page and sees where it stands; admins
 * find the legal senders page from the staff home, decide there with a re-check date, and a facility admin
 * suspends and restores the privilege at their facility. Refusals are shown beside the field.
 */
class ApplyAndDecideThroughThePagesTest extends IntegrationTest {

    @Test
    void aFamilyAppliesFromItsHomePageAndSeesTheRegistrationWaiting() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        assertThat(page(family, "/home")).contains("href=\"/attorney\"");

        Api.Response refused = PageForm.open(api(), "/attorney", family).post("/attorney",
                Map.of("barNumber", "", "barState", "XX", "firm", "Ok Firm", "phone", "nope", "facility", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#barNumber\"", "href=\"#barState\"", "href=\"#phone\"")
                .doesNotContain("href=\"#firm\"").contains("Choose the state of your bar admission.")
                .contains("value=\"Ok Firm\"");

        Map<String, String> form = new HashMap<>();
        Attorneys.application(site.code).forEach((k, v) -> form.put(k, v.toString()));
        Api.Response applied = PageForm.open(api(), "/attorney", family).post("/attorney", form);
        assertThat(applied.status()).isEqualTo(302);
        assertThat(applied.header("Location").orElse("")).endsWith("/attorney?applied");

        String status = page(family, "/attorney?applied");
        assertThat(status).contains("Waiting for a decision").contains(form.get("firm")).doesNotContain("name=\"barNumber\"");
        assertThat(api().with("Cookie", "inkwell_session=" + family + "; inkwell_lang=es").get("/attorney").body())
                .contains("Pendiente de decisión");
    }

    @Test
    void aFacilityAdminDecidesSuspendsAndRestoresThroughThePage() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility foreign = Attorneys.facilityOfANewAgency(api());
        Attorney attorney = Attorneys.applied(api(), site.code);
        String firm = api().as(attorney.token()).get("/api/v1/legal/registration").json().get("firm").asString();
        assertThat(page(site.admin, "/staff")).contains("href=\"/staff/legal-senders\"");
        assertThat(page(foreign.admin, "/staff/legal-senders")).doesNotContain(firm);
        String decide = "/staff/legal-registrations/" + attorney.registration();

        Api.Response noReason = PageForm.open(api(), "/staff/legal-senders", site.admin).post(decide,
                Map.of("decision", "DENY", "reason", "", "recheckOn", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#reason-" + attorney.registration() + "\"");

        Api.Response badDate = PageForm.open(api(), "/staff/legal-senders", site.admin).post(decide,
                Map.of("decision", "APPROVE", "reason", "Roll checked", "recheckOn", "2001-01-01"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("href=\"#recheckOn-" + attorney.registration() + "\"")
                .contains("Roll checked");

        Api.Response approved = PageForm.open(api(), "/staff/legal-senders", site.admin).post(decide,
                Map.of("decision", "APPROVE", "reason", "Roll checked", "recheckOn", ""));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(api().as(attorney.token()).get("/api/v1/legal/registration").json().get("status").asString())
                .isEqualTo("APPROVED");

        String suspend = "/staff/legal-senders/" + attorney.accountId() + "/suspension";
        Api.Response suspended = PageForm.open(api(), "/staff/legal-senders", site.admin).post(suspend,
                Map.of("reason", "Volume far beyond any caseload"));
        assertThat(suspended.status()).isEqualTo(302);
        assertThat(page(site.admin, "/staff/legal-senders?suspended"))
                .contains("Suspended at " + site.code).contains("Volume far beyond any caseload")
                .contains("/staff/legal-senders/" + attorney.accountId() + "/restore");

        Api.Response restored = PageForm.open(api(), "/staff/legal-senders", site.admin)
                .post("/staff/legal-senders/" + attorney.accountId() + "/restore", Map.of());
        assertThat(restored.status()).isEqualTo(302);
        assertThat(page(site.admin, "/staff/legal-senders?restored")).doesNotContain("Suspended at " + site.code);
    }

    @Test
    void aPlatformAdminSeesEveryWaitingRegistrationAndApprovesItForEveryFacility() {
        Attorney attorney = Attorneys.applied(api(), null);
        String platform = api().login(Attorneys.PLATFORM_ADMIN, Attorneys.PLATFORM_PASSWORD);
        assertThat(page(platform, "/staff")).contains("href=\"/staff/legal-senders\"");
        assertThat(page(platform, "/staff/legal-senders")).contains(attorney.email());

        Api.Response approved = PageForm.open(api(), "/staff/legal-senders", platform)
                .post("/staff/legal-registrations/" + attorney.registration(),
                        Map.of("decision", "APPROVE", "reason", "", "recheckOn", ""));

        assertThat(approved.status()).isEqualTo(302);
        assertThat(api().as(attorney.token()).get("/api/v1/legal/registration").json().get("scope").asString())
                .isEqualTo("EVERYWHERE");
        assertThat(page(attorney.token(), "/attorney")).contains("At every facility on Inkwell");
    }

    private String page(String session, String path) {
        Api.Response response = api().with("Cookie", "inkwell_session=" + session).get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
