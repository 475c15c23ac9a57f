package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.photos.TestImages;
import org.inkwell.support.Api;
import org.inkwell.support.BrowserTest;
import org.inkwell.support.Families;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A reviewer at a desk goes through a message's photos by keyboard alone: J to the next photo, + and 0
 * to zoom it and fit it again, a number to reject the photo in focus for that reason, A to approve the
 * message with the other photo delivered.
 */
class ReviewPhotosByKeyboardTest extends BrowserTest {

    @Test
    void aReviewerZoomsRejectsAndDeliversPhotosWithTheKeyboard() {
        TestFacility site = TestFacility.create(api(), Map.of("maxPhotosPerMessage", 2,
                "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000, "photoPriceCents", 30)));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Keys", "1357"));
        Scenario.buy(api(), family, 500);
        String first = upload(family, 21);
        String second = upload(family, 22);
        Api.Response sent = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", contact, "body", "Two pictures", "photoIds", List.of(first, second)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String message = sent.json().get("id").asString();
        browser.manage().window().setSize(new Dimension(1280, 800));
        open("/login");
        type("#username", site.newReviewer());
        type("#password", TestFacility.STAFF_PASSWORD);
        submit("form[action='/login'] button");
        open("/staff/review");
        submit("#claim");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/review/messages/" + message);
        assertAccessible();

        find("h1").click();
        press("j");
        WebElement frame = find("#photo-1 .photo-frame");
        assertThat(browser.switchTo().activeElement()).as("J goes to the first photo").isEqualTo(frame);
        long fitted = width("#photo-1 img");
        press("+");
        press("+");
        assertThat(frame.getAttribute("class")).contains("zoomed");
        assertThat(width("#photo-1 img")).as("zoomed twice: twice the fitted width").isEqualTo(2 * fitted);
        assertThat(find("#photo-1 .zoom-level").getText()).isEqualTo("Zoom 2×");
        press("0");
        assertThat(width("#photo-1 img")).isEqualTo(fitted);
        press("j");
        assertThat(browser.switchTo().activeElement()).isEqualTo(find("#photo-2 .photo-frame"));
        press("4");
        assertThat(find("#photo-2-reject").isSelected()).isTrue();
        assertThat(find("#photoReason-" + second).getAttribute("value")).isEqualTo("GANG_ACTIVITY");
        assertThat(find("#photo-1-approve").isSelected()).as("the other photo stays to be delivered").isTrue();
        WebElement page = find("html");
        press("a");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));

        assertThat(browser.getCurrentUrl()).contains("decided=" + message);
        JsonNode photos = api().as(family).get("/api/v1/messages/" + message).json().get("photos");
        assertThat(photos.get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(photos.get(1).get("status").asString()).isEqualTo("REJECTED");
        assertThat(photos.get(1).get("rejection").get("reasonCode").asString()).isEqualTo("GANG_ACTIVITY");
    }

    private String upload(String family, long seed) {
        Api.Response uploaded = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                TestImages.jpeg(TestImages.scene(320, 240, seed), 0.9f));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }

    private long width(String css) {
        return Math.round(((Number) browser.executeScript("return arguments[0].getBoundingClientRect().width", find(css)))
                .doubleValue());
    }

    private void press(String key) {
        new Actions(browser).sendKeys(key).perform();
    }
}
