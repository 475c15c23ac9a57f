package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** A staff member changes their own password in the browser; their other sessions end, this one stays. */
class StaffChangesOwnPasswordTest extends BrowserTest {

    @Test
    void aReviewerChangesTheirPasswordAndTheirOtherSessionsEnd() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String reviewer = site.newReviewer();
        String elsewhere = site.login(reviewer);
        logIn(reviewer, TestFacility.STAFF_PASSWORD);

        submit("a[href='/staff/password']");
        assertThat(heading()).isEqualTo("Change your password");
        assertAccessible();

        submit("form[action='/staff/password'] button");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(find(".error-summary").getText()).contains("current password").contains("at least 12 characters");
        assertThat(find("#newPassword").getAttribute("aria-describedby")).contains("newPassword-error");
        assertAccessible();

        type("#currentPassword", "not my password at all");
        type("#newPassword", "a quiet reviewer's new phrase");
        submit("form[action='/staff/password'] button");
        assertThat(find(".error-summary").getText()).contains("current password").doesNotContain("12 characters");

        type("#currentPassword", TestFacility.STAFF_PASSWORD);
        type("#newPassword", "password1234");
        submit("form[action='/staff/password'] button");
        assertThat(find(".error-summary").getText()).contains("not a common one").doesNotContain("current password");

        type("#currentPassword", TestFacility.STAFF_PASSWORD);
        type("#newPassword", "a quiet reviewer's new phrase");
        submit("form[action='/staff/password'] button");
        assertThat(find("main").getText()).contains("Your password is changed");
        assertAccessible();

        open("/staff/review");
        assertThat(heading()).isEqualTo("Review queue");
        assertThat(api().as(elsewhere).get("/api/v1/staff/review/stats").status()).isEqualTo(401);
        assertThat(api().login(reviewer, "a quiet reviewer's new phrase")).isNotBlank();
    }

    @Test
    void anInvestigatorLandsOnAPageTheyCanUse() {
        String platform = api().login("platform.admin", "demo-platform-pass");
        String name = unique("inv.page");
        api().as(platform).post("/api/v1/admin/staff", Map.of("username", name, "password", TestFacility.STAFF_PASSWORD,
                "fullName", "Ira Vega", "role", "INVESTIGATOR", "facility", "DEMO-NORTH"));
        logIn(name, TestFacility.STAFF_PASSWORD);

        assertThat(heading()).isEqualTo("My cases");
        assertThat(find("main").getText()).contains("Open a case").doesNotContain("/api/");
        assertAccessible();
        submit("a[href='/staff/password']");
        assertThat(heading()).isEqualTo("Change your password");
    }

    private void logIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        submit("form[action='/login'] button");
    }
}
