package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** A wrong address in a browser is a page of the site, in the reader's language, with a way back. */
class ErrorPagesTest extends BrowserTest {

    @Test
    void anUnknownAddressShowsANotFoundPageInEnglishAndSpanish() {
        open("/nonexistent-page");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(browser.getTitle()).startsWith("Page not found");
        assertThat(find("header.site-header").isDisplayed()).isTrue();
        assertAccessible();

        submit("main a[href='/']");
        assertThat(browser.getCurrentUrl()).endsWith("/");

        open("/nonexistent-page?lang=es");
        assertThat(heading()).isEqualTo("No se encontró la página");
        assertThat(find("html").getAttribute("lang")).isEqualTo("es");
        assertThat(find("main a[href='/']").getText()).isEqualTo("Ir a la página de inicio");
        assertAccessible();
        screenshot("error-404-es");
    }
}
