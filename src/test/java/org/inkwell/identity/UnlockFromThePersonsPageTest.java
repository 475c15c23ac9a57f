package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** The facility admin's page of a person shows a kiosk lockout and the button that lifts it. */
class UnlockFromThePersonsPageTest extends IntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile(
            "action=\"/staff/people/[^\"]+/login-lock\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    @Test
    void theAdminSeesTheLockAndTheButtonLiftsIt() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String number = site.book("Forgetful", "6174");
        for (int attempt = 0; attempt < 5; attempt++) {
            api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number, "pin", "0000"));
        }
        Api browser = api().with("Cookie", "inkwell_session=" + site.admin);

        Api.Response page = browser.get("/staff/people?number=" + number);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Locked after wrong PINs").contains("Unlock the kiosk login");
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).as("the unlock form").isTrue();
        Matcher cookie = CSRF_COOKIE.matcher(page.header("Set-Cookie").orElseThrow());
        assertThat(cookie.find()).isTrue();

        Api.Response unlocked = api().with("Cookie", "inkwell_session=" + site.admin + "; XSRF-TOKEN=" + cookie.group(1))
                .send("POST", "/staff/people/" + number + "/login-lock", "application/x-www-form-urlencoded",
                        "_csrf=" + field.group(1));

        assertThat(unlocked.status()).isEqualTo(302);
        assertThat(unlocked.header("Location").orElseThrow()).contains("unlocked");
        assertThat(browser.get("/staff/people?number=" + number + "&unlocked").body())
                .contains("Unlocked").doesNotContain("Locked after wrong PINs");
        assertThat(api().loginInmate(site.code, number, "6174")).isNotBlank();
    }
}
