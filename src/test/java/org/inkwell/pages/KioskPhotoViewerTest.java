package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.SentPhotos;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at the kiosk opens a photo from the message's thumbnails and goes through them with the arrow keys. */
class KioskPhotoViewerTest extends BrowserTest {

    @Test
    void thePersonGoesThroughThePhotosWithTheArrowKeysAndEscapesBackToTheMessage() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 2000);
        List<String> photos = SentPhotos.upload(api(), pair.familyToken(), 3);
        String id = SentPhotos.send(api(), pair.familyToken(), pair.contactId(), "Three from the beach", photos);
        SentPhotos.approveRejecting(api(), pair.reviewer(), id, Map.of());

        open("/kiosk?facility=" + pair.facility());
        type("#number", pair.inmateNumber());
        type("#pin", pair.inmatePin());
        submit("form[action='/kiosk'] button");
        assertThat(find(".kiosk-list button.unread").getText()).contains("3 photos");
        submit(".kiosk-list button.unread");
        List<WebElement> thumbnails = browser.findElements(By.cssSelector(".photo-grid img"));
        assertThat(thumbnails).hasSize(3).allMatch(this::loaded);
        assertAccessible();

        submit(".photo-grid a");
        assertThat(heading()).isEqualTo("Photo 1 of 3");
        assertThat(loaded(find("#photo"))).isTrue();
        assertAccessible();
        screenshot("kiosk-03-photo");

        press(Keys.ARROW_RIGHT);
        assertThat(heading()).isEqualTo("Photo 2 of 3");
        press(Keys.ARROW_RIGHT);
        assertThat(heading()).isEqualTo("Photo 3 of 3");
        assertThat(browser.findElements(By.id("photo-next"))).as("the last photo has no next").isEmpty();
        press(Keys.ARROW_LEFT);
        assertThat(heading()).isEqualTo("Photo 2 of 3");
        assertThat(find("#photo").getAttribute("src")).endsWith("/kiosk/photos/" + photos.get(1));
        press(Keys.ESCAPE);
        assertThat(browser.getCurrentUrl()).endsWith("/kiosk/messages/" + id);
    }

    /** Presses a key on the page, as a keyboard at the kiosk would, and waits for the page it leads to. */
    private void press(CharSequence key) {
        String before = browser.getCurrentUrl();
        new Actions(browser).sendKeys(key).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !before.equals(driver.getCurrentUrl()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "complete".equals(
                browser.executeScript("return document.readyState;")));
    }

    private boolean loaded(WebElement image) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
    }
}
