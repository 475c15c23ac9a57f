package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.inkwell.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The operator onboards a facility and changes its price; the public directory shows the new price at once. */
class PlatformAdminJourneyTest extends BrowserTest {

    @Test
    void theOperatorAddsAFacilityAndChangesItsPrice() {
        String code = "WEB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        open("/login");
        type("#username", "platform.admin");
        type("#password", "demo-platform-pass");
        submit("form[action='/login'] button");

        open("/staff/facilities");
        assertAccessible();
        submit("a[href='/staff/facilities/new']");
        type("#code", code);
        type("#name", "Riverside Detention " + code);
        type("#state", "tx");
        new Select(find("#delivery")).selectByValue("TABLET");
        type("#unitPriceCents", "35");
        submit("main form button[type='submit']");
        assertThat(find("main").getText()).contains("Saved");
        assertAccessible();

        type("#unitPriceCents", "20");
        submit("main form button[type='submit']");
        assertThat(api().get("/api/v1/facilities/" + code).json().get("pricing").get("unitPriceCents").asLong()).isEqualTo(20);
        assertThat(api().get("/api/v1/facilities/" + code).json().get("state").asString()).isEqualTo("TX");
        String admin = api().login("platform.admin", "demo-platform-pass");
        assertThat(api().as(admin).get("/api/v1/admin/audit?action=FACILITY_POLICY_CHANGED&limit=20").json()
                .findValues("target").stream().map(n -> n.asString())).contains(code);

        type("#unitPriceCents", "-5");
        submit("main form button[type='submit']");
        assertThat(find(".error-summary").isDisplayed()).isTrue();
        assertThat(api().get("/api/v1/facilities/" + code).json().get("pricing").get("unitPriceCents").asLong()).isEqualTo(20);
    }
}
