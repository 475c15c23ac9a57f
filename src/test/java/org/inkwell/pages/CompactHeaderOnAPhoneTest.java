package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** On a phone the header is one short row with a menu button, not a quarter of the screen, and pages fit the width. */
class CompactHeaderOnAPhoneTest extends BrowserTest {

    @Test
    void theHeaderIsAtMost64PixelsTallAt390PixelsAndTheMenuOpensWithoutScript() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String lang : new String[] {"en", "es"}) {
            open("/facilities?lang=" + lang);
            assertThat(find(".site-header").getSize().getHeight()).as("header height in %s", lang).isLessThanOrEqualTo(64);
            assertThat(find(".site-header nav a[href='/login']").isDisplayed()).isFalse();

            find(".menu summary").click();

            assertThat(find(".site-header nav a[href='/login']").isDisplayed()).isTrue();
            assertThat(find(".site-header nav a[href='/register']").isDisplayed()).isTrue();
            assertAccessible();
        }
        screenshot("header-phone-menu-open");
    }

    @Test
    void onAWideScreenTheLinksShowWithoutAMenuButton() {
        browser.manage().window().setSize(new Dimension(1280, 800));
        open("/facilities?lang=en");

        assertThat(find(".menu summary").isDisplayed()).isFalse();
        // Selenium's isDisplayed counts all of a closed <details> as hidden; ask the browser what it paints.
        assertThat(browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return arguments[0].checkVisibility() && r.width > 0 && r.height > 0;",
                find(".site-header nav a[href='/login']"))).isEqualTo(true);
        assertThat(find(".site-header").getSize().getHeight()).isLessThanOrEqualTo(64);
        assertAccessible();
    }

    /** The directory at the narrowest phone width: stacked cards, nothing clipped, no sideways scrolling. */
    @Test
    void theDirectoryAndAFacilityPageFit320PixelsWithoutScrollingSideways() {
        browser.manage().window().setSize(new Dimension(320, 700));
        for (String path : new String[] {"/facilities?lang=en", "/facilities/DEMO-NORTH?lang=en", "/facilities?lang=es"}) {
            open(path);
            Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth;");
            Object clientWidth = browser.executeScript("return document.documentElement.clientWidth;");
            assertThat(((Number) clientWidth).intValue()).as("window at phone width").isLessThanOrEqualTo(320);
            assertThat(((Number) scrollWidth).intValue()).as("no horizontal scroll on %s", path)
                    .isLessThanOrEqualTo(((Number) clientWidth).intValue());
            assertAccessible();
        }
        open("/facilities?lang=en");
        assertThat(find(".card .example").getText()).contains("-character letter costs $");
        screenshot("directory-320");
    }
}
