package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** The facility admin's page of a person shows a kiosk lockout and the button that lifts it. */
class UnlockFromThePersonsPageTest extends IntegrationTest {

    @Test
    void theAdminSeesTheLockAndTheButtonLiftsIt() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Forgetful", "6174");
        for (int attempt = 0; attempt < 5; attempt++) {
            api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number, "pin", "0000"));
        }
        Api browser = api().with("Cookie", "inkwell_session=" + site.admin);

        Api.Response page = browser.get("/staff/people?number=" + number);
        Api.Response unlocked = PageForm.open(api(), "/staff/people?number=" + number, site.admin)
                .post("/staff/people/" + number + "/login-lock", "");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Locked after wrong PINs").contains("Unlock the kiosk login");
        assertThat(unlocked.status()).isEqualTo(302);
        assertThat(unlocked.header("Location").orElseThrow()).contains("unlocked");
        assertThat(browser.get("/staff/people?number=" + number + "&unlocked").body())
                .contains("Unlocked").doesNotContain("Locked after wrong PINs");
        assertThat(api().loginInmate(site.code, number, "6174")).isNotBlank();
    }
}
