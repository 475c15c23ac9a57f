package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** A family in the browser, on a phone-sized screen: from the public pages to a sent letter. */
class FamilyJourneyTest extends BrowserTest {

    @Test
    void aFamilyComparesPricesRegistersFindsTheirLovedOneBuysCreditAndWrites() {
        open("/");
        assertThat(heading()).contains("Write to someone");
        assertAccessible();
        screenshot("family-01-home");

        open("/facilities");
        assertAccessible();
        open("/facilities/DEMO-COUNTY");
        assertThat(find("main").getText()).contains("Printed on paper").contains("$0.25 per 1,500 characters");
        assertAccessible();
        open("/facilities");
        find("#compare-DEMO-NORTH").click();
        find("#compare-DEMO-COUNTY").click();
        submit("form[action='/facilities/compare'] button");
        assertThat(browser.getPageSource()).contains("North Correctional Facility").contains("Demo County Jail")
                .contains("$0.40 per 2,000 characters");
        assertAccessible();
        screenshot("family-02-compare");

        String email = Families.newEmail();
        open("/register");
        assertAccessible();
        type("#fullName", "Lucía Fernández");
        type("#email", email);
        type("#password", "short");
        submit("form[action='/register'] button");
        assertThat(find(".error-summary").getText()).contains("12 characters");
        assertAccessible();
        type("#password", Families.PASSWORD);
        submit("form[action='/register'] button");
        assertThat(heading()).isEqualTo("My letters");

        String token = DevMailbox.verificationToken(api(), email);
        open("/verify-email?token=" + token);
        submit("form[action='/verify-email'] button");

        assertThat(find("main").getText()).contains("confirmed");

        TestFacility site = TestFacility.create(api(), Scenario.NORTH_LIKE);
        String number = site.book("Fernández", "1212");
        open("/contacts/new?facility=" + site.code + "&number=" + number);
        assertThat(find("#found").getText()).contains("Pat Fernández");
        find("input[name='relationship'][value='SIBLING']").click();
        submit("form[action='/contacts'] button");
        assertThat(find("main").getText()).contains("Waiting for the facility");
        assertAccessible();
        String contact = api().as(api().login(email, Families.PASSWORD)).get("/api/v1/contacts").json()
                .get(0).get("id").asString();
        approve(site, contact);

        open("/wallet");
        new Select(find("#amountCents")).selectByValue("1000");
        submit("form[action='/wallet/purchases'] button");
        assertThat(heading()).as("the purchase ends on its receipt").isEqualTo("Receipt: credit added");
        assertThat(find("main").getText()).contains("Balance: $10.00").contains("Visa ending 4242");
        assertAccessible();

        open("/conversations/" + contact);
        String letter = "Hola hermano, te escribo desde casa. <script>alert(1)</script>";
        type("#body", letter);
        countSays("characters left · this message costs $0.40");
        screenshot("family-03-compose");
        browser.executeScript("var box = document.getElementById('body'); box.value = 'x'.repeat(6050);"
                + " box.dispatchEvent(new Event('input'));");
        countSays("You have 50 characters too many");
        assertThat(find("#body-count").getAttribute("aria-live")).as("read out politely").isEqualTo("polite");
        assertThat(find("#body-count").getAttribute("class")).contains("error-message");
        assertAccessible();
        type("#body", letter);
        submit("#compose button");
        assertThat(find("main").getText()).contains("waiting for review").contains("In review")
                .contains("<script>alert(1)</script>");
        assertAccessible();
        screenshot("family-04-conversation");
        assertThat(api().as(api().login(email, Families.PASSWORD)).get("/api/v1/wallet").json().get("balanceCents").asLong())
                .isEqualTo(960);

        open("/wallet");
        assertThat(find("table").getText()).as("a dollar sign on every amount").contains("$10.00").contains("−$0.40");
        submit("#refund-start");
        assertThat(heading()).isEqualTo("Refund your balance?");
        assertThat(find("main").getText()).contains("We will pay $9.60 back to your cards.");
        assertAccessible();
        assertThat(api().as(api().login(email, Families.PASSWORD)).get("/api/v1/wallet").json().get("balanceCents").asLong())
                .as("nothing is refunded before the second button").isEqualTo(960);
        submit("#refund button");
        assertThat(find("main").getText()).contains("Refunded to your cards").contains("Balance: $0.00")
                .contains("Visa ending 4242: $9.60");
        browser.navigate().refresh();
        assertThat(find("main").getText()).contains("Balance: $0.00");
        open("/wallet");
        assertThat(find("main").getText()).contains("There is nothing to refund").contains("Message to Pat Fernández");
        assertThat(findNow(org.openqa.selenium.By.id("refund-start"))).as("no refund button at $0.00").isEmpty();
        open("/export");
        assertThat(find("main").getText()).contains("Pat Fernández");
        assertAccessible();
    }

    private void approve(TestFacility site, String contact) {
        assertThat(api().as(site.admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                java.util.Map.of("decision", "APPROVE")).status()).isEqualTo(200);
    }

    /** The compose count speaks after a pause in typing, so it is waited for. */
    private void countSays(String text) {
        waitUpTo(java.time.Duration.ofSeconds(5))
                .until(driver -> find("#body-count").getText().contains(text));
    }

    @Test
    void aFamilyWhoseLinkWasUsedAsksForANewOneFromTheBannerAndConfirms() {
        String email = Families.newEmail();
        open("/register");
        type("#fullName", "Inés Olvido");
        type("#email", email);
        type("#password", Families.PASSWORD);
        submit("form[action='/register'] button");
        String first = DevMailbox.verificationToken(api(), email);
        assertThat(find(".email-banner").getText()).contains("Confirm your email address").contains(email);
        assertAccessible();

        TestFacility site = TestFacility.create(api(), Scenario.NORTH_LIKE);
        String number = site.book("Olvido", "1313");
        open("/contacts/new?facility=" + site.code + "&number=" + number);
        find("input[name='relationship'][value='PARENT']").click();
        submit("form[action='/contacts'] button");
        String contact = api().as(api().login(email, Families.PASSWORD)).get("/api/v1/contacts").json()
                .get(0).get("id").asString();
        approve(site, contact);
        open("/conversations/" + contact);
        assertThat(find("#needs-confirmed").getText()).as("told before writing, not after sending")
                .contains("Before you can send, confirm your email address");

        submit(".email-banner button");
        assertThat(find("main").getText()).contains("We sent a new link to " + email);
        assertAccessible();
        browser.navigate().refresh();
        assertThat(find("main").getText()).contains("We sent a new link");
        String second = DevMailbox.verificationToken(api(), email);
        assertThat(second).as("a refresh sends nothing more, the new link is the newest mail").isNotEqualTo(first);
        long links = 0;
        for (var mail : api().get("/api/v1/dev/mail?to=" + email).json()) {
            links += mail.get("body").asString().contains("/verify-email?token=") ? 1 : 0;
        }
        assertThat(links).as("the registration link and one new link, however often the page is reloaded").isEqualTo(2);

        open("/verify-email?token=" + second + "&lang=en");
        submit("#confirm button");
        assertThat(find("main").getText()).contains("confirmed");
        assertThat(findNow(org.openqa.selenium.By.cssSelector(".email-banner"))).isEmpty();

        open("/verify-email?token=" + second);
        assertThat(find("main").getText()).as("a used link says so at once").contains("expired or was already used");
        assertAccessible();
    }

    @Test
    void anExpiredLinkOffersANewOneInTheAccountsLanguage() {
        String email = Families.newEmail();
        open("/register?lang=es");
        type("#fullName", "Rosa Enlace");
        type("#email", email);
        type("#password", Families.PASSWORD);
        submit("form[action='/register'] button");
        String body = DevMailbox.latest(api(), email).get("body").asString();
        open("/?lang=en");
        String link = body.substring(body.indexOf("/verify-email?"), body.indexOf("\n", body.indexOf("/verify-email?"))).trim();
        open(link);
        assertThat(find("html").getAttribute("lang")).as("the link keeps the account's language").isEqualTo("es");
        open("/verify-email?token=not-a-real-token-at-all-0000000000000");
        assertThat(find("main").getText()).contains("venció o ya se usó");
        submit("#new-link button");
        assertThat(find("main").getText()).contains("Enviamos un enlace nuevo a " + email);
        assertAccessible();
    }

    @Test
    void theFamilyPagesSpeakSpanishAndRememberIt() {
        open("/?lang=es");
        assertThat(heading()).isEqualTo("Escriba a alguien en prisión o en la cárcel");
        assertThat(find("html").getAttribute("lang")).isEqualTo("es");
        assertAccessible();
        open("/facilities");
        assertThat(heading()).isEqualTo("Centros y precios");
        open("/login");
        type("#username", "family@example.org");
        type("#password", "wrong password here");
        submit("form[action='/login'] button");
        assertThat(find(".error-summary").getText()).contains("no son correctos");
        assertAccessible();
        type("#password", "demo-family-pass");
        submit("form[action='/login'] button");
        assertThat(heading()).isEqualTo("Mis cartas");
        screenshot("family-05-home-es");
        find(".menu summary").click();
        submit("form[action='/logout'] button");
        String email = Families.newEmail();
        open("/register");
        type("#fullName", "Rosa Márquez");
        type("#email", email);
        type("#password", Families.PASSWORD);
        submit("form[action='/register'] button");
        assertThat(DevMailbox.latest(api(), email).get("subject").asString()).as("emails follow the language")
                .isEqualTo("Confirme su correo electrónico para Inkwell");
        open("/?lang=en");
        assertThat(heading()).isEqualTo("Write to someone in prison or jail");
    }

    @Test
    void pagesForFamiliesSendTheAnonymousToLogIn() {
        open("/home");
        assertThat(browser.getCurrentUrl()).as("the login remembers the page").endsWith("/login?next=%2Fhome");
        open("/wallet");
        assertThat(browser.getCurrentUrl()).endsWith("/login?next=%2Fwallet");
        assertThat(api().get("/home").status()).as("no page content without a session").isEqualTo(302);
        assertThat(api().send("POST", "/wallet/purchases", "application/x-www-form-urlencoded",
                "amountCents=500&paymentToken=tok_visa").status()).as("no form post without a CSRF token").isEqualTo(403);
    }
}
