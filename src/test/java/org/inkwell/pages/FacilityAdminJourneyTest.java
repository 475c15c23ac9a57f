package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.Families;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/** A facility admin in the browser: deciding a contact request, importing a roster, printing a batch. */
class FacilityAdminJourneyTest extends BrowserTest {

    @Test
    void anAdminLetsAHeldInvitationGoOutOrKeepsItIn() {
        TestFacility site = TestFacility.create(api(), Map.of());
        String inmate = api().loginInmate(site.code, site.book("Inviting", "1234"), "1234");
        String sentTo = Families.newEmail();
        String keptFrom = Families.newEmail();
        String sent = api().as(inmate).post("/api/v1/inmate/contacts",
                Map.of("email", sentTo, "fullName", "Rosa Parks", "relationship", "FRIEND")).json().get("id").asString();
        String kept = api().as(inmate).post("/api/v1/inmate/contacts",
                Map.of("email", keptFrom, "fullName", "Ana María", "relationship", "OTHER")).json().get("id").asString();
        logIn(site.adminName, TestFacility.STAFF_PASSWORD);

        open("/staff/invitations");
        assertThat(find("main").getText()).contains("Rosa Parks").contains(sentTo).contains("reviews every invitation");
        assertAccessible();
        submit("form[action='/staff/invitations/" + kept + "'] button[value='DENY']");
        assertThat(find(".error-summary").getText()).contains("reason");
        type("#reason-" + kept, "Named in a protection order");
        submit("form[action='/staff/invitations/" + kept + "'] button[value='DENY']");
        submit("form[action='/staff/invitations/" + sent + "'] button[value='APPROVE']");

        assertThat(find("main").getText()).contains("Decided").contains("No invitation is waiting");
        assertThat(org.inkwell.support.DevMailbox.latest(api(), sentTo).get("body").asString()).contains("invitation code");
        assertThat(api().as(inmate).get("/api/v1/inmate/invitations").json().findValuesAsString("status"))
                .containsExactlyInAnyOrder("SENT", "REFUSED");
    }

    @Test
    void anAdminApprovesAContactAndImportsARosterFile() throws Exception {
        TestFacility site = TestFacility.create(api(), Map.of());
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Requested", "1111");
        String contact = Scenario.requestContact(api(), family, site.code, number);
        logIn(site.adminName, TestFacility.STAFF_PASSWORD);

        open("/staff/contact-requests");
        assertAccessible();
        submit("#request-" + contact + " + p + form button[value='DENY']");
        assertThat(find(".error-summary").getText()).contains("reason");
        submit("form[action='/staff/contact-requests/" + contact + "'] button[value='APPROVE']");
        assertThat(find("main").getText()).contains("Decided");
        assertThat(api().as(family).get("/api/v1/contacts/" + contact).json().get("status").asString()).isEqualTo("APPROVED");

        open("/staff/people?number=" + number);
        find("#until-" + contact).sendKeys(java.time.LocalDate.now().plusDays(3).format(
                java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
        type("#reason-" + contact, "Cooling-off period after an incident");
        submit("form[action$='/" + contact + "/suspension'] button[value='suspend']");
        assertThat(find("main").getText()).contains("Saved").contains("Cooling-off period after an incident");
        assertAccessible();
        assertThat(api().as(family).get("/api/v1/contacts/" + contact).json().get("status").asString()).isEqualTo("SUSPENDED");
        submit("form[action$='/" + contact + "/suspension'] button[value='lift']");
        assertThat(api().as(family).get("/api/v1/contacts/" + contact).json().get("status").asString()).isEqualTo("APPROVED");

        Path file = Files.createTempFile("roster", ".csv");
        String fresh = "F" + (System.nanoTime() % 100_000_000);
        Files.writeString(file, "number,lastName,firstName,status,housingUnit,pin\n"
                + fresh + ",Upload,Uma,IN_CUSTODY,E-2,2222\n"
                + "not a number!,Bad,Row,IN_CUSTODY,E-2,\n");
        open("/staff/roster");
        assertAccessible();
        assertThat(find("#roster-form button").getAttribute("data-busy-text")).isEqualTo("Processing…");
        find("#file").sendKeys(file.toAbsolutePath().toString());
        submit("#roster-form button");
        assertThat(find("#result").getText()).contains("Booked: 1").contains("Rows not imported: 1").contains("3");
        assertThat(browser.getCurrentUrl()).as("the result has its own address").contains("/staff/roster?import=");
        browser.navigate().refresh();
        assertThat(find("#result").getText()).as("a reload shows the result again").contains("Booked: 1");
        type("#q", fresh);
        submit("form[role='search'] button");
        assertThat(find("#people").getText()).contains("People in custody here: 1").contains(fresh).contains("Upload, Uma")
                .contains("E-2");
        assertAccessible();
        screenshot("admin-roster");

        open("/staff/terms");
        String term = "blue kangaroo " + fresh.toLowerCase();
        type("#term", term);
        submit("form[action='/staff/terms'] button");
        assertThat(find("main").getText()).contains("Added").contains(term);
        assertAccessible();
        submitButtonLabelled(term);
        assertThat(find("main").getText()).doesNotContain(term);

        open("/staff/accounts");
        String reviewerName = "web.rev." + fresh.toLowerCase();
        type("#fullName", "Robin Web");
        type("#username", reviewerName);
        type("#password", "a web reviewer passphrase");
        submit("form[action='/staff/accounts'] button");
        assertThat(find("main").getText()).contains("Account created").contains(reviewerName);
        assertAccessible();
        assertThat(api().login(reviewerName, "a web reviewer passphrase")).isNotBlank();

        open("/staff/dashboard");
        assertThat(find("main").getText()).contains("Waiting now").contains("The last seven days");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("svg rect"))).hasSizeGreaterThanOrEqualTo(7);
        assertAccessible();
        screenshot("admin-dashboard");
        assertThat(api().loginInmate(site.code, fresh, "2222")).isNotBlank();
    }

    @Test
    void anAdminOfAPrintFacilityPrintsAndConfirmsABatch() throws Exception {
        TestFacility site = TestFacility.create(api(), Map.of("delivery", "PRINT"));
        String number = "G" + (System.nanoTime() % 100_000_000);
        api().as(site.admin).send("POST", "/api/v1/staff/roster", "text/csv", number + ",Paper,Pia,IN_CUSTODY,POD-7\n");
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, number);
        Scenario.buy(api(), family, 500);
        String id = Scenario.send(api(), family, contact, "On paper, with love.").json().get("id").asString();
        String reviewer = site.login(site.newReviewer());
        Scenario.claimNext(api(), reviewer, id);
        Scenario.decide(api(), reviewer, id, "APPROVE", null);
        logIn(site.adminName, TestFacility.STAFF_PASSWORD);

        open("/staff/print-batches");
        submit("#generate button");
        assertThat(find("main").getText()).contains("POD-7");
        assertAccessible();
        String href = find("a[href$='.pdf']").getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "inkwell_session=" + browser.manage().getCookieNamed("inkwell_session").getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        open("/staff/print-batches");
        submit("form[action$='/confirm'] button");
        assertThat(find("main").getText()).contains("Confirmed");
        assertThat(api().as(family).get("/api/v1/messages/" + id).json().get("status").asString()).isEqualTo("DELIVERED");
        screenshot("admin-print-batches");
    }

    @Test
    void theNewStaffFormAndTheKioskSettingsNameEachProblemBesideItsField() {
        TestFacility site = TestFacility.create(api(), Map.of());
        logIn(site.adminName, TestFacility.STAFF_PASSWORD);

        open("/staff/accounts");
        type("#username", "X");
        submit("form[action='/staff/accounts'] button");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(find("#fullName-error").getText()).contains("Give their full name");
        assertThat(find("#username").getAttribute("aria-describedby")).isEqualTo("username-hint username-error");
        assertThat(find("label[for='fullName']").getText()).isEqualTo("Their full name");
        assertAccessible();

        open("/staff/kiosk-settings");
        type("#kioskSessionMinutes", "300");
        submit("form[action='/staff/kiosk-settings'] button");
        assertThat(find("#kioskSessionMinutes-error").getText()).contains("from 5 to 120");
        assertAccessible();
        type("#kioskSessionMinutes", "20");
        submit("form[action='/staff/kiosk-settings'] button");
        assertThat(find("main").getText()).contains("Saved");
    }

    private void logIn(String username, String password) {
        open("/login");
        type("#username", username);
        type("#password", password);
        submit("form[action='/login'] button");
    }
}
