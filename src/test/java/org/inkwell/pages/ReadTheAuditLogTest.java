package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Admins read the audit log in the browser: their own facility's, filtered, a page at a time. */
class ReadTheAuditLogTest extends BrowserTest {

    @Test
    void aFacilityAdminFiltersAndPagesThroughTheirOwnFacilitysLog() {
        TestFacility site = TestFacility.create(api(), Map.of());
        TestFacility other = TestFacility.create(api(), Map.of());
        String otherReviewer = other.newReviewer();
        String ourReviewer = site.newReviewer();
        for (int i = 0; i < 52; i++) {
            site.book("Audited" + i);
        }
        logIn(site.adminName);

        submit("a[href='/staff/audit']");
        assertThat(heading()).isEqualTo("Audit log");
        assertThat(find("main").getText()).contains("ROSTER_IMPORTED").doesNotContain(otherReviewer);
        assertThat(rows()).hasSize(50);
        assertAccessible();

        submit("#older");
        assertThat(find("main").getText()).contains("STAFF_CREATED").contains(ourReviewer)
                .doesNotContain(otherReviewer);
        assertThat(rows()).hasSizeLessThan(50);
        assertThat(findNow(By.id("older"))).isEmpty();

        open("/staff/audit");
        new Select(find("#action")).selectByVisibleText("STAFF_CREATED");
        type("#actor", ("FACILITY_ADMIN of " + site.code).toUpperCase());
        submit("form.filters button");
        assertThat(rows()).hasSize(1);
        assertThat(rows().get(0).getText()).contains(ourReviewer).contains("facility administrator").contains("Succeeded");

        open("/staff/audit?from=2026-12-05&to=2026-12-01");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(find(".error-summary").getText()).contains("end date must be the same as or after");
        assertAccessible();
        open("/staff/audit?from=yesterday");
        assertThat(find(".error-summary").getText()).contains("Enter a real date");
        open("/staff/audit?from=2000-01-01&to=2000-01-02");
        assertThat(find("#no-entries").getText()).contains("No entries match");
    }

    @Test
    void aPlatformAdminReadsEveryFacilitysEntries() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String reviewer = site.newReviewer();
        logIn("platform.admin", "demo-platform-pass");

        open("/staff/audit?action=STAFF_CREATED&actor=FACILITY_ADMIN+of+" + site.code);
        assertThat(find("main").getText()).contains("at every facility").contains(reviewer);
        assertAccessible();
        open("/staff/audit?action=FACILITY_CREATED");
        assertThat(find("main").getText()).contains(site.code);
    }

    @Test
    void aReviewerMayNotReadTheLog() {
        TestFacility site = TestFacility.create(api(), Map.of());
        logIn(site.newReviewer());
        open("/staff/audit");
        assertThat(findNow(By.id("entries"))).isEmpty();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#entries tbody tr"));
    }

    private void logIn(String username) {
        logIn(username, TestFacility.STAFF_PASSWORD);
    }

    private void logIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        submit("form[action='/login'] button");
    }
}
