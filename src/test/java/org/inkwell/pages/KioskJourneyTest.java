package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.BrowserTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * A person at the kiosk: log in, read a letter, reply; the draft survives the session's end. Reading is
 * a POST from the inbox or the letter's "Mark as read" button; showing a letter changes nothing.
 */
class KioskJourneyTest extends BrowserTest {

    @Test
    void aPersonReadsALetterAndRepliesAndTheFamilySeesItWasRead() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(),
                "Your sister had her baby! <img src=x onerror=alert(1)> A girl, 3 kilos.").json().get("id").asString();
        String reviewer = pair.reviewer();
        Scenario.claimNext(api(), reviewer, id);
        Scenario.decide(api(), reviewer, id, "APPROVE", null);

        open("/kiosk?facility=" + pair.facility());
        assertAccessible();
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
        assertThat(heading()).isEqualTo("Your messages");
        assertThat(find("#session-timer").getText()).contains("Time left:").containsPattern("1[45]:\\d\\d");
        assertAccessible();
        screenshot("kiosk-01-inbox");

        submit(".kiosk-list button.unread");
        assertThat(browser.getCurrentUrl()).endsWith("/kiosk/messages/" + id);
        assertThat(find(".message .body").getText()).contains("<img src=x onerror=alert(1)>");
        assertThat(findNow(By.xpath("//button[contains(., 'Mark as read')]"))).isEmpty();
        assertAccessible();
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages/" + id).json().get("readAt").isNull())
                .as("opening it from the inbox marked it read").isFalse();

        submit("a.button");
        type("#body", "What wonderful news. Kiss her for me.");
        String inmate = pair.loginInmate(api());
        await().atMost(Duration.ofSeconds(5)).until(() -> api().as(inmate).get("/api/v1/drafts/" + pair.contactId()).status() == 200);
        assertAccessible();
        screenshot("kiosk-02-reply");
        submit("#reply button");
        assertThat(find("main").getText()).contains("Sent.");

        submit("a[href='/kiosk/invite']");
        String invited = org.inkwell.support.Families.newEmail();
        type("#fullName", "Tía Carmen");
        type("#email", invited);
        submit("form[action='/kiosk/invite'] button");
        assertThat(find("main").getText()).contains("staff look at it first").contains("Tía Carmen")
                .contains("waiting for staff approval");
        assertAccessible();
        String admin = pair.admin();
        String held = null;
        for (tools.jackson.databind.JsonNode waiting : api().as(admin).get("/api/v1/staff/invitations").json()) {
            if (waiting.get("email").asString().equals(invited)) {
                held = waiting.get("id").asString();
            }
        }
        api().as(admin).post("/api/v1/staff/invitations/" + held + "/decision", Map.of("decision", "APPROVE"));
        assertThat(org.inkwell.support.DevMailbox.latest(api(), invited).get("body").asString()).contains("invitation code");
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages?contactId=" + pair.contactId()).json().size())
                .as("the reply waits for review before the family sees it").isEqualTo(1);
    }

    @Test
    void showingALetterChangesNothingUntilThePersonMarksItRead() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String id = approvedLetter(pair, "The garden is full of tomatoes this year.");
        open("/kiosk?facility=" + pair.facility());
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");

        open("/kiosk/messages/" + id);
        assertThat(find(".message .body").getText()).contains("tomatoes");
        open("/kiosk/messages/" + id);
        assertThat(readAt(pair, id)).as("showing it, even twice, is not reading it").isNull();
        assertAccessible();
        Api.Response forged = api().with("Cookie", "inkwell_session=" + pair.loginInmate(api())).send("POST", "/kiosk/messages/" + id + "/read",
                "application/x-www-form-urlencoded", "");
        assertThat(forged.status()).as("a POST without the form's CSRF token").isEqualTo(403);
        assertThat(readAt(pair, id)).isNull();

        submitButtonLabelled("Mark as read");

        assertThat(browser.getCurrentUrl()).endsWith("/kiosk/messages/" + id);
        assertThat(readAt(pair, id)).isNotNull();
        assertThat(findNow(By.xpath("//button[contains(., 'Mark as read')]"))).isEmpty();
    }

    @Test
    void aDraftTypedAtTheKioskIsThereInTheNextSession() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        open("/kiosk?facility=" + pair.facility() + "&lang=es");
        assertThat(heading()).isEqualTo("Mensajes");
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
        open("/kiosk/write/" + pair.contactId());
        type("#body", "Querida mamá, te escribo");
        await().atMost(Duration.ofSeconds(5)).until(() -> find("#draft-status").getText().contains("guardado"));
        assertAccessible();

        submit("form[action='/kiosk/logout'] button");
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
        open("/kiosk/write/" + pair.contactId());

        assertThat(find("#body").getAttribute("value")).isEqualTo("Querida mamá, te escribo");
    }

    private String approvedLetter(Scenario.Pair pair, String body) {
        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), body).json().get("id").asString();
        String reviewer = pair.reviewer();
        Scenario.claimNext(api(), reviewer, id);
        Scenario.decide(api(), reviewer, id, "APPROVE", null);
        return id;
    }

    private String readAt(Scenario.Pair pair, String id) {
        JsonNode readAt = api().as(pair.familyToken()).get("/api/v1/messages/" + id).json().get("readAt");
        return readAt.isNull() ? null : readAt.asString();
    }

    @Test
    void outsideKioskHoursTheLoginSaysWhenItOpens() {
        TestFacility site = TestFacility.create(api(), Map.of("timeZone", "UTC", "kioskHours",
                java.util.List.of(Map.of("day", "MONDAY", "opens", "00:00", "closes", "00:01"))));

        open("/kiosk?facility=" + site.code);

        assertThat(find("main").getText()).contains("closed").contains("They open Mon ").contains("12:00 am UTC");
        assertAccessible();
    }

    @Test
    void theInboxSaysWhoWroteWhenInTheFacilitysTimeAndRepliesCountTheirCharacters() {
        // Arizona keeps standard time all year, so the abbreviation does not depend on the day the test runs.
        TestFacility site = TestFacility.create(api(), Map.of("timeZone", "America/Phoenix", "maxMessageChars", 120));
        String family = org.inkwell.support.Families.verifiedFamily(api(), org.inkwell.support.Families.newEmail());
        Scenario.buy(api(), family, 500);
        String number = site.book("Sandoval", "2468");
        String contact = site.approvedContact(family, number);
        String id = Scenario.send(api(), family, contact, "Happy birthday!   The whole street sang for you this morning, and the dog howled along with every word of it.")
                .json().get("id").asString();
        String reviewer = site.login(site.newReviewer());
        Scenario.claimNext(api(), reviewer, id);
        Scenario.decide(api(), reviewer, id, "APPROVE", null);

        open("/kiosk?facility=" + site.code);
        type("#number", number);
        type("#pin", "2468");
        submit("form[action='/kiosk'] button");

        String entry = find(".kiosk-list button.unread").getText();
        assertThat(entry).contains("Test Family").contains(" MST").containsPattern("\\d{1,2}:\\d\\d [ap]m MST")
                .contains("Happy birthday! The whole street sang for you this morning, and the dog howled…");
        assertAccessible();

        submit(".kiosk-list button.unread");
        assertThat(find("main .meta time").getText()).endsWith(" MST");
        submit("a.button");
        assertThat(find("#body-hint").getText()).isEqualTo("You can write up to 120 characters.");
        assertThat(find(".message .author").getText()).isEqualTo("Test Family");
        type("#body", String.join(" ", java.util.Collections.nCopies(3, "Thank you! I heard it from here, I think.")));
        await().atMost(Duration.ofSeconds(3)).until(() -> find("#body-count").getText()
                .equals("You have 5 characters too many"));
        assertAccessible();
        find("#body").sendKeys(org.openqa.selenium.Keys.BACK_SPACE.toString().repeat(6));
        await().atMost(Duration.ofSeconds(3)).until(() -> find("#body-count").getText()
                .equals("You have 1 character left"));
        submit("#reply button");
        assertThat(find("main").getText()).contains("Sent.");

        open("/kiosk/write/" + contact);
        List<String> metas = browser.findElements(By.cssSelector(".message .meta")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertThat(metas).hasSize(2);
        assertThat(metas.get(0)).startsWith("Test Family · ").endsWith(" MST");
        assertThat(metas.get(1)).startsWith("You · ").contains(" MST · ").endsWith("In review");
    }

    @Test
    void twoMinutesBeforeTheEndTheKioskWarnsAndMoreTimeRunsOnUpToTheLimit() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        logIn(pair.facility(), pair);
        assertThat(find("#session-warning").isDisplayed()).isFalse();

        clock.advance(Duration.ofMinutes(14));
        open("/kiosk/inbox");
        assertThat(find("#session-warning").isDisplayed()).isTrue();
        assertThat(find("#session-warning").getAttribute("role")).isEqualTo("alert");
        assertThat(find("#session-warning").getText()).contains("Your time ends in less than 2 minutes");
        assertAccessible();

        submitButtonLabelled("More time");
        assertThat(browser.getCurrentUrl()).endsWith("/kiosk/inbox");
        assertThat(find("#session-timer").getText()).containsPattern("1[45]:\\d\\d");
        assertThat(find("#session-warning").isDisplayed()).isFalse();

        clock.advance(Duration.ofMinutes(14));
        open("/kiosk/inbox");
        submitButtonLabelled("More time");
        assertThat(find("#session-warning").isDisplayed()).as("30 minutes after login there is no more time").isTrue();
        assertThat(find("#session-timer").getText()).containsPattern("[012]:\\d\\d");
    }

    @Test
    void whenTheTimeRunsOutTheKioskSaysSoAndTheDraftIsKept() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        logIn(pair.facility(), pair);
        clock.advance(Duration.ofMinutes(14));
        open("/kiosk/write/" + pair.contactId());
        type("#body", "Dear Mum, the time is nearly up");
        await().atMost(Duration.ofSeconds(5)).until(() -> find("#draft-status").getText()
                .equals(find("#draft-status").getAttribute("data-saved")));

        timePasses(Duration.ofMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/kiosk/ended"));
        assertThat(heading()).isEqualTo("Your time ran out");
        assertThat(find("main").getText()).contains("kept as a draft");
        assertAccessible();

        submit("main a.button");
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
        open("/kiosk/write/" + pair.contactId());
        assertThat(find("#body").getAttribute("value")).isEqualTo("Dear Mum, the time is nearly up");
    }

    @Test
    void aKioskLeftUntouchedWarnsThenLogsOutAndTheNextPersonStartsInEnglish() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        open("/kiosk?facility=" + pair.facility() + "&lang=es");
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
        assertThat(heading()).isEqualTo("Sus mensajes");
        int idleAfter = Integer.parseInt(find("#session-timer").getAttribute("data-idle-after"));
        int grace = Integer.parseInt(find("#session-timer").getAttribute("data-idle-grace"));
        assertThat(idleAfter).as("the service's setting: two minutes").isEqualTo(120);
        assertThat(grace).as("then 30 seconds to answer").isEqualTo(30);

        // Nobody touches the page: its clock moves on, and the countdown shows a tick has seen it.
        advancePageClock(Duration.ofSeconds(idleAfter - 30));
        await().atMost(Duration.ofSeconds(5)).until(() -> secondsOnTheTimer() <= 900 - (idleAfter - 30));
        assertThat(find("#idle-warning").isDisplayed()).as("not before the time").isFalse();
        advancePageClock(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(5)).until(() -> find("#idle-warning").isDisplayed());
        assertThat(find("#idle-warning").getText()).contains("¿Sigue ahí?");
        assertThat(find("#idle-warning").getAttribute("role")).isEqualTo("alert");
        assertThat(browser.getCurrentUrl()).as("a warning first").endsWith("/kiosk/inbox");
        advancePageClock(Duration.ofSeconds(grace));
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/kiosk/ended?idle"));
        assertThat(heading()).as("the kiosk is back in the facility's language for the next person")
                .isEqualTo("You were logged out");
        assertThat(find("main").getText()).contains("kept as a draft");
        assertAccessible();

        submit("main a.button");
        assertThat(heading()).isEqualTo("Messages");
        open("/kiosk/inbox");
        assertThat(findNow(By.id("session-timer"))).as("the session is over").isEmpty();
    }

    /** Time passes for the service and for the page shown alike. */
    private void timePasses(Duration duration) {
        clock.advance(duration);
        advancePageClock(duration);
    }

    /** What the page's countdown shows, in seconds. */
    private int secondsOnTheTimer() {
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("(\\d+):(\\d\\d)\\s*$")
                .matcher(find("#session-timer").getText());
        assertThat(shown.find()).as(find("#session-timer").getText()).isTrue();
        return Integer.parseInt(shown.group(1)) * 60 + Integer.parseInt(shown.group(2));
    }

    @Test
    void aWrongPinIsNamedBesideTheNumberAndTheSummaryTakesFocus() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        open("/kiosk?facility=" + pair.facility());
        type("#number", pair.inmateNumber());
        type("#pin", "0000");
        submit("form[action='/kiosk'] button");

        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(find("#number-error").getText()).contains("The number or PIN is not right.");
        assertThat(find("#number").getAttribute("aria-describedby")).isEqualTo("number-error");
        assertAccessible();
    }

    private void logIn(String facility, Scenario.Pair pair) {
        open("/kiosk?facility=" + facility);
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
    }
}
