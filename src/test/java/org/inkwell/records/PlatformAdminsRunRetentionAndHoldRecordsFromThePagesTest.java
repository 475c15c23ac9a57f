package org.inkwell.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Investigations;
import org.inkwell.support.PageForm;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The platform admin's records pages over HTTP: run retention now, place and lift a hold, in English and Spanish. */
class PlatformAdminsRunRetentionAndHoldRecordsFromThePagesTest extends IntegrationTest {

    @Test
    void runNowShowsWhatTheRunDidAmongTheLastRuns() {
        String platform = Investigations.platformAdmin(api());
        PageForm page = PageForm.open(api(), "/staff/retention", platform);

        Api.Response ran = page.post("/staff/retention/run", Map.of());

        assertThat(ran.status()).isEqualTo(302);
        String location = ran.header("Location").orElseThrow();
        assertThat(location).contains("/staff/retention?ran=");
        Api.Response shown = api().with("Cookie", "inkwell_session=" + platform).get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"ran\"", "messages erased in", "id=\"runs\"", "Pat Platform");
        assertThat(api().with("Cookie", "inkwell_session=" + platform).get("/staff").body())
                .contains("href=\"/staff/retention\"", "href=\"/staff/holds\"");
        assertThat(api().with("Cookie", "inkwell_session=" + platform).get("/staff/retention?lang=es").body())
                .contains("Ejecutar la conservación ahora");
    }

    @Test
    void aHoldIsPlacedAndLiftedFromThePageAndABadOneNamesTheField() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of("retentionDays", 30));
        Investigations.Correspondent family = agency.correspondent("Pageheld");
        String platform = Investigations.platformAdmin(api());
        String reference = "Order " + System.nanoTime();

        Api.Response both = PageForm.open(api(), "/staff/holds", platform).post("/staff/holds", Map.of("facility",
                agency.facility.code, "inmateNumber", family.number(), "email", family.email(), "reference", reference,
                "reason", "Both named"));
        Api.Response unknown = PageForm.open(api(), "/staff/holds?lang=es", platform).post("/staff/holds", Map.of(
                "facility", agency.facility.code, "inmateNumber", "NOBODY9", "reference", reference, "reason", "x"));
        Api.Response placed = PageForm.open(api(), "/staff/holds", platform).post("/staff/holds", Map.of("facility",
                agency.facility.code, "inmateNumber", family.number(), "reference", reference, "reason", "Civil suit"));

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("<title>Error: ", "href=\"#subject\"", "not both");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("href=\"#inmateNumber\"", "Nadie con este número");
        assertThat(placed.status()).isEqualTo(302);
        String list = api().with("Cookie", "inkwell_session=" + platform).get("/staff/holds").body();
        assertThat(list).contains(reference, agency.facility.code + " " + family.number(), "Civil suit");
        String id = api().as(platform).get("/api/v1/admin/holds").json().valueStream()
                .filter(h -> reference.equals(h.get("reference").asString())).findFirst().orElseThrow()
                .get("id").asString();

        Api.Response lifted = PageForm.open(api(), "/staff/holds", platform).post("/staff/holds/" + id + "/lift", Map.of());

        assertThat(lifted.status()).isEqualTo(302);
        assertThat(api().with("Cookie", "inkwell_session=" + platform).get("/staff/holds?lifted").body())
                .contains("The hold is lifted", "Lifted by Pat Platform");
    }
}
