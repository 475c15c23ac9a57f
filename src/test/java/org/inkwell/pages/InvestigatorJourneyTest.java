package org.inkwell.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.BrowserTest;
import org.inkwell.support.Investigations;
import org.junit.jupiter.api.Test;

/**
 * An investigator in Chromium: lands on their cases, opens one (a wrong form first), waits for a second
 * person's approval, searches, reads a message, tags it and follows its writer to the linked people drawn
 * as a graph; then the facility admin reads the access log and the approved case it may extend. Every page
 * passes axe-core.
 */
class InvestigatorJourneyTest extends BrowserTest {

    @Test
    void openACaseSearchReadAndTag() {
        Investigations agency = Investigations.inNewAgency(api(), Map.of());
        Investigations.Correspondent family = agency.correspondent("Journey");
        agency.send(family, "Bring the packages on Friday, <b>they</b> are heavy.");
        logIn(agency.investigatorName);

        assertThat(heading()).isEqualTo("My cases");
        assertAccessible();
        submit("a[href='/staff/investigations/new']");
        submitButtonLabelled("Ask for approval");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(find(".error-summary").getText()).contains("Enter the case number")
                .contains("Enter the legal basis").contains("Name at least one person");
        assertAccessible();

        String caseNumber = "JRN-" + UUID.randomUUID().toString().substring(0, 8);
        type("#caseNumber", caseNumber);
        type("#legalBasis", "Warrant 2026-301, county court");
        type("#people", agency.facility.code + " " + family.number());
        submitButtonLabelled("Ask for approval");
        assertThat(heading()).isEqualTo("Case " + caseNumber);
        assertThat(find("#why-not").getText()).contains("has not approved this case yet");
        assertAccessible();

        String caseId = browser.getCurrentUrl().replaceAll(".*/staff/investigations/([0-9a-f-]{36}).*", "$1");
        assertThat(agency.decide(caseId, "APPROVE").status()).isEqualTo(200);
        open("/staff/investigations/" + caseId);
        assertThat(find("#case-status").getText()).isEqualTo("Open");
        type("#q", "package");
        submitButtonLabelled("Search");
        assertThat(find("#results mark").getText()).isEqualTo("packages");
        assertThat(find("#results .snippet").getText()).contains("<b>they</b>");
        assertAccessible();

        submit("#results a");
        assertThat(find("#body").getText()).contains("<b>they</b> are heavy");
        assertThat(find("#history").getText()).contains("SUBMITTED").contains("SCREENED");
        assertAccessible();
        submitButtonLabelled("Tag into case " + caseNumber);
        assertThat(find(".notice").getText()).contains("Tagged into case " + caseNumber);
        assertAccessible();
        submit("#message-links a");
        assertThat(heading()).isEqualTo("Linked people");
        assertThat(find("#counts").getText()).contains("Outside accounts");
        assertThat(find("#graph title").getAttribute("textContent")).contains("Drawing of the people linked to");
        assertAccessible();

        browser.manage().deleteAllCookies();
        logIn(agency.facility.adminName);
        submit("a[href='/staff/investigation-access']");
        assertThat(find("#access").getText()).contains(caseNumber).contains("Searched").contains("package");
        assertAccessible();
        open("/staff/investigation-cases");
        assertThat(find("#no-cases").getText()).contains("No case is waiting");
        assertThat(find("#approved").getText()).contains("Case " + caseNumber);
        assertAccessible();
    }

    private void logIn(String username) {
        open("/login");
        type("#username", username);
        type("#password", Investigations.PASSWORD);
        submit("form[action='/login'] button");
    }
}
