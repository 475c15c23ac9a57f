package org.inkwell.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** Print batches are offered only to staff of a facility that delivers on paper; elsewhere the page says why. */
class PrintBatchesOnlyWherePaperIsPrintedTest extends IntegrationTest {

    @Test
    void aFacilityThatDoesNotPrintIsNotOfferedPrintBatches() {
        TestFacility tablets = TestFacility.create(api(), Map.of("delivery", "TABLET"));

        assertThat(staff(tablets).get("/staff").body()).doesNotContain("/staff/print-batches")
                .contains("/staff/roster");
        Api.Response page = staff(tablets).get("/staff/print-batches");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("This facility does not deliver letters on paper, so there are no print batches here.")
                .doesNotContain("Make batches of the approved messages");
        assertThat(staff(tablets).get("/staff/print-batches?lang=es").body())
                .contains("Este centro no entrega las cartas en papel");
        Api.Response api = api().as(tablets.admin).post("/api/v1/staff/print-batches", Map.of());
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().get("code").asString()).isEqualTo("print.not-paper");
    }

    @Test
    void makingBatchesAtAFacilityThatDoesNotPrintChangesNothingAndSaysWhy() {
        TestFacility kiosks = TestFacility.create(api(), Map.of("delivery", "KIOSK"));
        PageForm form = PageForm.open(api(), "/staff/roster", kiosks.admin);

        Api.Response refused = form.post("/staff/print-batches", Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("does not deliver letters on paper");
    }

    @Test
    void aFacilityThatPrintsOffersItsPrintBatches() {
        TestFacility paper = TestFacility.create(api(), Map.of("delivery", "PRINT"));

        assertThat(staff(paper).get("/staff").body()).contains("href=\"/staff/print-batches\"");
        Api.Response page = staff(paper).get("/staff/print-batches");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Make batches of the approved messages").contains("No batch yet.");
    }

    private Api staff(TestFacility site) {
        return api().with("Cookie", "inkwell_session=" + site.admin);
    }
}
