package org.inkwell.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Investigations;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each week every facility admin with an address is told what investigators of their agency did that
 * reached their facility: cases opened, searches, messages opened and exported; once per week.
 */
class WeeklyOversightSummaryTest extends IntegrationTest {

    @Autowired
    private OversightSummaries summaries;

    @Test
    void aFacilityAdminHearsOfTheWeeksCasesSearchesViewsAndExportsAtTheirFacilityOnce() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations otherAgency = Investigations.inNewAgency(api(), Map.of());
        String here = address();
        String elsewhere = address();
        adminWithEmail(agency.facility, here);
        adminWithEmail(otherAgency.facility, elsewhere);
        Investigations.Correspondent family = agency.correspondent("Subjectson");
        String messageId = agency.send(family, "See you at the weekend.");
        String caseId = agency.openCase(family.number());
        String search = "/api/v1/investigations/search?caseId=" + caseId + "&inmateNumber=" + family.number()
                + "&facility=" + agency.facility.code;
        assertThat(api().as(agency.investigator).get(search + "&q=weekend").status()).isEqualTo(200);
        assertThat(api().as(agency.investigator).get(search + "&q=sunday").status()).isEqualTo(200);
        Api.Response viewed = api().as(agency.investigator)
                .get("/api/v1/investigations/messages/" + messageId + "?caseId=" + caseId);
        assertThat(viewed.status()).as(viewed.body()).isEqualTo(200);
        assertThat(api().as(agency.investigator).post("/api/v1/investigations/cases/" + caseId + "/items",
                Map.of("messageId", messageId)).status()).isEqualTo(201);
        assertThat(api().as(agency.investigator).get("/api/v1/investigations/cases/" + caseId + "/export").status())
                .isEqualTo(200);

        assertThat(summaries.sendWeekly()).isGreaterThanOrEqualTo(2);

        String body = DevMailbox.latest(api(), here).get("body").asString();
        assertThat(body).contains("Cases opened: 1").contains("Searches: 2").contains("Messages opened: 1")
                .contains("Messages exported: 1").doesNotContain("weekend").doesNotContain(family.number());
        assertThat(DevMailbox.latest(api(), elsewhere).get("body").asString()).contains("Cases opened: 0")
                .contains("Searches: 0").contains("Messages opened: 0").contains("Messages exported: 0");
        assertThat(summaries.sendWeekly()).isZero();
    }

    private static String address() {
        return "admin-" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x") + "@agency.example.org";
    }

    private void adminWithEmail(TestFacility facility, String email) {
        Api.Response created = api().as(Investigations.platformAdmin(api())).post("/api/v1/admin/staff", Map.of(
                "username", "adm." + UUID.randomUUID().toString().substring(0, 8), "password",
                TestFacility.STAFF_PASSWORD, "fullName", "Admin of " + facility.code, "role", "FACILITY_ADMIN",
                "facility", facility.code, "email", email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
