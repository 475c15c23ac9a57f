package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.Families;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer at a desk: claims messages, reads the screen's flags marked in the text, and decides with
 * the keyboard. Each test has a facility of its own, so its queue holds only that test's letters.
 */
class ReviewerConsoleTest extends BrowserTest {

    private static final String MESSAGE = "/staff/review/messages/";

    @Test
    void aReviewerSeesTheFlagsInPlaceAndDecidesWithTheKeyboard() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String clean = sent(pair, "Hi Pat, the garden is full of tomatoes this year. Mum sends her love.");
        String flagged = sent(pair, "Next visit I will bring the h3r0in <script>alert(1)</script>");
        browser.manage().window().setSize(new Dimension(1280, 1700));

        logIn(pair.site().newReviewer());
        for (int decided = 0; decided < 2; decided++) {
            String id = claimOneOf(Set.of(clean, flagged));
            if (decided == 1) {
                assertThat(find("section[aria-labelledby='earlier-title']").getText())
                        .as("the first decision is context for the second").containsAnyOf("approved", "rejected: Drugs");
            }
            if (id.equals(flagged)) {
                rejectTheFlaggedOne();
            } else {
                assertThat(find("#message-body").getText()).startsWith("Hi Pat, the garden");
                assertThat(findNow(By.cssSelector("#message-body mark"))).isEmpty();
                decideBy("a");
            }
            assertThat(browser.getCurrentUrl()).contains("/staff/review?decided=");
        }

        assertThat(find("#decided").getText()).as("the banner says what was decided")
                .containsPattern("^(Approved the message from .+ to .+\\.|Rejected the message from .+ to .+\\. Reason: .+\\.)$");
        assertThat(find("main").getText()).contains("Decided today").contains("Median time to a decision");
        assertAccessible();
        screenshot("reviewer-console");

        JsonNode rejected = api().as(pair.familyToken()).get("/api/v1/messages/" + flagged).json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejection").get("reasonCode").asString()).isEqualTo("DRUGS_OR_CONTRABAND");
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages/" + clean).json().get("status").asString())
                .isEqualTo("DELIVERED");
    }

    @Test
    void theConsoleSpeaksSpanish() {
        OwnQueue queue = new OwnQueue();
        open("/login?lang=es");
        logIn(queue.reviewer);

        open("/staff/review");
        assertThat(find("html").getAttribute("lang")).isEqualTo("es");
        assertThat(heading()).isEqualTo("Cola de revisión");
        assertThat(find("#claim").getText()).isEqualTo("Tomar el siguiente mensaje");
        assertThat(find("main").getText()).contains("En espera").contains("Decididos hoy");
        assertAccessible();
    }

    @Test
    void otherStaffLandOnAPageThatSaysWhatIsTheirs() {
        open("/login");
        type("#username", "platform.admin");
        type("#password", "demo-platform-pass");
        submit("form[action='/login'] button");

        assertThat(browser.getCurrentUrl()).endsWith("/staff");
        assertThat(heading()).isEqualTo("Staff");
        assertThat(find("main").getText()).contains("platform administrator")
                .contains("Agencies, facilities, prices and policies").contains("Change your password")
                .doesNotContain("/api/");
        assertAccessible();
        open("/staff/review");
        assertThat(find("main").getText()).contains("not for your account");
    }

    @Test
    void atADeskScreenTheDecisionStaysInViewBesideALongMessageAndOneKeyRejectsCanBeUndone() {
        OwnQueue queue = new OwnQueue();
        String longLetter = queue.send(("Dear Pat, another paragraph of news from home, line after line.\n").repeat(60));
        queue.send("A short note.");
        browser.manage().window().setSize(new Dimension(1280, 800));
        logIn(queue.reviewer);
        submit("#claim");

        WebElement body = find("#message-body");
        assertThat(number("return arguments[0].scrollHeight - arguments[0].clientHeight", body))
                .as("the long message scrolls inside its own box").isPositive();
        screenshot("reviewer-message-desk");
        for (String css : new String[] {"button[value=APPROVE]", "button[value=REJECT]", "#message-body", "#reasonCode"}) {
            Object where = browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return [r.top, r.bottom, window.innerHeight].join(' ');", find(css));
            assertThat(number("var r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight ? 1 : 0", find(css)))
                    .as(css + " is on the first screen at 1280×800 (top, bottom, height: " + where + ")").isEqualTo(1);
        }
        assertAccessible();

        press("1");
        assertThat(find("#undo-reject").isDisplayed()).isTrue();
        assertThat(find("#undo-text").getText()).isEqualTo("Rejecting in 5 seconds. Reason: Threat or violence.");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("undo-button");
        press(org.openqa.selenium.Keys.ESCAPE.toString());
        assertThat(find("#undo-reject").isDisplayed()).as("Esc undoes").isFalse();
        assertThat(find("#reasonCode").getAttribute("value")).isEmpty();
        assertThat(find("#undo-status").getAttribute("textContent")).isEqualTo("Reject undone. Nothing was saved.");
        assertThat(browser.getCurrentUrl()).contains(MESSAGE);
        // axe takes longer than the 5 seconds on a busy machine: the undo panel is checked shown, without its timer.
        browser.executeScript("document.getElementById('undo-reject').hidden = false;");
        assertAccessible();
        browser.executeScript("document.getElementById('undo-reject').hidden = true;");

        find("h1").click();
        WebElement page = find("html");
        press("3");
        waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.getCurrentUrl()).as("posted when the 5 seconds ran out").contains("/staff/review?decided=");
        assertThat(find("#decided").getText()).isEqualTo("Rejected the message from Test Family to Pat Desk. Reason: Escape or security.");
        assertThat(api().as(queue.family).get("/api/v1/messages/" + longLetter).json().get("status").asString())
                .isEqualTo("REJECTED");

        submit("a[href='/staff/review/settings']");
        find("#claimNextAfterDecision").click();
        find("#singleKeyShortcuts").click();
        assertAccessible();
        submit("form[action='/staff/review/settings'] button");
        assertThat(find("[role=status]").getText()).isEqualTo("Your settings are saved.");
        open("/staff/review");
        submit("#claim");
        find("h1").click();
        press("a");
        assertThat(browser.getCurrentUrl()).as("with shortcuts off, A is just a key").contains(MESSAGE);
        assertThat(find("#undo-reject").isDisplayed()).isFalse();
        find(".shortcuts-help summary").click();
        assertThat(find("#shortcuts-off").getText()).isEqualTo("Single-key shortcuts are off: decide with the buttons.");
        assertAccessible();
        submit("button[value=APPROVE]");
        assertThat(browser.getCurrentUrl()).as("claim next was on, and nothing else waits").contains("empty");
        assertThat(find("main").getText()).contains("Approved the message from Test Family to Pat Desk.")
                .contains("No other message is waiting for review right now.");
        assertAccessible();
    }

    private void rejectTheFlaggedOne() {
        WebElement mark = find("#message-body mark");
        assertThat(mark.getText()).isEqualTo("h3r0in");
        assertThat(find("#message-body .flag-category").getText()).isEqualTo("[Drugs or contraband]");
        assertThat(find("#message-body").getText()).contains("<script>alert(1)</script>");
        assertThat(findNow(By.cssSelector("main script:not([src])"))).as("the body is text").isEmpty();
        assertThat(find("main").getText()).contains("Drugs or contraband").contains("Keyboard shortcuts")
                .containsPattern("\\(\\d+:\\d\\d left\\)");
        assertAccessible();
        screenshot("reviewer-message");

        find("button[value=REJECT]").click();
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".error-summary")));
        assertThat(find(".error-summary").getText()).contains("Choose a reason to reject the message");
        assertThat(find("#reasonCode-error").getText()).contains("Choose a reason to reject the message");
        assertThat(find("#reasonCode").getAttribute("aria-describedby")).contains("reasonCode-error");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.getCurrentUrl()).as("checked before posting: the page stayed").contains(MESSAGE);
        assertAccessible();

        press("r");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("R without a reason goes to the reason")
                .isEqualTo("reasonCode");
        find("h1").click();
        find("#note").sendKeys("asked 2 times about a visit, read r and a");
        assertThat(browser.getCurrentUrl()).as("keys typed in the note decide nothing").contains(MESSAGE);
        find("h1").click();
        press("2");
        assertThat(find("#undo-reject").isDisplayed()).as("a one-key reject waits, with undo").isTrue();
        assertThat(find("#undo-text").getText()).isEqualTo("Rejecting in 5 seconds. Reason: Drugs or contraband.");
        WebElement page = find("html");
        find("#reject-now").click();
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    private long number(String script, WebElement element) {
        return ((Number) browser.executeScript(script, element)).longValue();
    }

    private void logIn(String username) {
        open("/login");
        type("#username", username);
        type("#password", TestFacility.STAFF_PASSWORD);
        submit("form[action='/login'] button");
    }

    /** A facility of the test's own, so its queue holds only this test's letters, and a new reviewer of it. */
    private final class OwnQueue {
        final TestFacility site = TestFacility.create(api(), Map.of());
        final String reviewer = site.newReviewer();
        final String family = Families.verifiedFamily(api(), Families.newEmail());
        final String contact = site.approvedContact(family, site.book("Desk", "1212"));

        OwnQueue() {
            Scenario.buy(api(), family, 5000);
        }

        String send(String body) {
            var response = Scenario.send(api(), family, contact, body);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            return response.json().get("id").asString();
        }
    }

    private String sent(Scenario.Pair pair, String body) {
        var response = Scenario.send(api(), pair.familyToken(), pair.contactId(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Claims the next message from the console (the queue's page claims on its own where set to) and checks it is ours. */
    private String claimOneOf(Set<String> ours) {
        if (!browser.getCurrentUrl().contains(MESSAGE)) {
            open("/staff/review");
        }
        if (!browser.getCurrentUrl().contains(MESSAGE)) {
            submit("#claim");
        }
        assertThat(browser.getCurrentUrl()).as("the queue ran dry").contains(MESSAGE);
        String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf(MESSAGE) + MESSAGE.length());
        assertThat(ours).as("the queue holds only this test's letters").contains(id);
        return id;
    }

    /** Presses a key wherever the focus is, as a reviewer would. */
    private void press(String key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses a key that decides, and waits for the page the decision loads. */
    private void decideBy(String key) {
        WebElement page = find("html");
        press(key);
        waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }
}
