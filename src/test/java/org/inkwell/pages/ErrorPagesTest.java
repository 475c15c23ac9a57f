package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A wrong address in a browser is a page of the site, in the reader's language, with a way back; a
 * refused form follows the GOV.UK error pattern.
 */
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

    @Test
    void aRefusedLoginShowsAFocusedErrorSummaryThatLeadsToTheField() {
        open("/login");
        type("#username", "nobody-" + java.util.UUID.randomUUID() + "@example.org");
        type("#password", "not the password at all");
        submit("form[action='/login'] button");

        assertThat(browser.getTitle()).startsWith("Error: ");
        WebElement summary = find(".error-summary");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        WebElement link = summary.findElement(By.cssSelector("a[href='#username']"));
        assertThat(link.getText()).isEqualTo("The email address or password is not right.");
        assertThat(find("#username").getAttribute("aria-describedby")).isEqualTo("username-error");
        assertThat(find("#username-error").getText()).contains("The email address or password is not right.");
        assertAccessible();

        link.click();
        assertThat(browser.switchTo().activeElement()).isEqualTo(find("#username"));
    }
}
