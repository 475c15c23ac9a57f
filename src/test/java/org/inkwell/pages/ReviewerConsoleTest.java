package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer at a desk: claims messages, reads the screen's flags marked in the text, and decides with
 * the keyboard. Other tests share DEMO-NORTH's queue, so whatever else comes up first is approved.
 */
class ReviewerConsoleTest extends BrowserTest {

    private static final String MESSAGE = "/staff/review/messages/";

    @Test
    void aReviewerSeesTheFlagsInPlaceAndDecidesWithTheKeyboard() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String clean = sent(pair, "Hi Pat, the garden is full of tomatoes this year. Mum sends her love.");
        String flagged = sent(pair, "Next visit I will bring the h3r0in <script>alert(1)</script>");
        browser.manage().window().setSize(new Dimension(1280, 1700));

        logInAsReviewer();
        for (int decided = 0; decided < 2; decided++) {
            String id = claimUntilOneOf(Set.of(clean, flagged));
            if (decided == 1) {
                assertThat(find("section[aria-labelledby='earlier-title']").getText())
                        .as("the first decision is context for the second").containsAnyOf("approved", "rejected: Drugs");
            }
            if (id.equals(flagged)) {
                rejectTheFlaggedOne();
            } else {
                assertThat(find("#message-body").getText()).startsWith("Hi Pat, the garden");
                assertThat(browser.findElements(By.cssSelector("#message-body mark"))).isEmpty();
                decideBy("a");
            }
            assertThat(browser.getCurrentUrl()).endsWith("/staff/review?decided");
        }

        assertThat(find("[role=status]").getText()).contains("Decision saved");
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
        open("/login?lang=es");
        logInAsReviewer();
        approveWhateverIsHeld();

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

    private void rejectTheFlaggedOne() {
        WebElement mark = find("#message-body mark");
        assertThat(mark.getText()).isEqualTo("h3r0in");
        assertThat(find("#message-body .flag-category").getText()).isEqualTo("[Drugs or contraband]");
        assertThat(find("#message-body").getText()).contains("<script>alert(1)</script>");
        assertThat(browser.findElements(By.cssSelector("main script:not([src])"))).as("the body is text").isEmpty();
        assertThat(find("main").getText()).contains("Drugs or contraband").contains("Keyboard shortcuts")
                .containsPattern("\\(\\d+:\\d\\d left\\)");
        assertAccessible();
        screenshot("reviewer-message");

        find("button[value=REJECT]").click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".error-summary")));
        assertThat(find(".error-summary").getText()).contains("Choose a reason to reject the message");
        assertAccessible();

        press("r");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("R without a reason goes to the reason")
                .isEqualTo("reasonCode");
        find("h1").click();
        find("#note").sendKeys("asked 2 times about a visit, read r and a");
        assertThat(browser.getCurrentUrl()).as("keys typed in the note decide nothing").contains(MESSAGE);
        find("h1").click();
        decideBy("2");
    }

    private String sent(Scenario.Pair pair, String body) {
        var response = Scenario.send(api(), pair.familyToken(), pair.contactId(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private void logInAsReviewer() {
        if (!browser.getCurrentUrl().contains("/login")) {
            open("/login");
        }
        type("#username", "reviewer.north");
        type("#password", "demo-reviewer-pass");
        submit("form[action='/login'] button");
    }

    /** Claims until one of {@code ours} is held, approving by keyboard whatever other tests left first. */
    private String claimUntilOneOf(Set<String> ours) {
        for (int i = 0; i < 200; i++) {
            if (!browser.getCurrentUrl().contains(MESSAGE)) {
                open("/staff/review");
            }
            if (!browser.getCurrentUrl().contains(MESSAGE)) {
                submit("#claim");
            }
            assertThat(browser.getCurrentUrl()).as("the queue ran dry").contains(MESSAGE);
            String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf(MESSAGE) + MESSAGE.length());
            if (ours.contains(id)) {
                return id;
            }
            decideBy("a");
        }
        throw new AssertionError("our messages never came up");
    }

    private void approveWhateverIsHeld() {
        open("/staff/review");
        while (browser.getCurrentUrl().contains(MESSAGE)) {
            decideBy("a");
            open("/staff/review");
        }
    }

    /** Presses a key wherever the focus is, as a reviewer would. */
    private void press(String key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses a key that decides, and waits for the page the decision loads. */
    private void decideBy(String key) {
        WebElement page = find("html");
        press(key);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }
}
