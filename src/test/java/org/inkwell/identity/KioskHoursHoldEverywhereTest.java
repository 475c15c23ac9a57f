package org.inkwell.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * Outside its facility's kiosk hours a person inside gets no token, and a token from before closing
 * stops working at closing, on the API and on the kiosk pages alike.
 */
class KioskHoursHoldEverywhereTest extends IntegrationTest {

    @Test
    void aKioskSessionEndsAtClosingAndNoneStartsUntilOpening() {
        TestFacility site = TestFacility.create(api(), Map.of("timeZone", zoneWhereItIsNoonNow(), "kioskHours",
                everyDay("10:00", "12:10")));
        String number = site.book("Evening", "8080");
        String token = api().loginInmate(site.code, number, "8080");
        assertThat(api().as(token).get("/api/v1/inmate/inbox").status()).as("while open").isEqualTo(200);

        clock.advance(Duration.ofMinutes(11));
        Api.Response api = api().as(token).with("Accept-Language", "en").get("/api/v1/inmate/inbox");
        Api.Response page = api().with("Cookie", "inkwell_session=" + token + "; inkwell_lang=es")
                .get("/kiosk/inbox");
        Api.Response login = api().post("/api/v1/auth/token", Map.of("facility", site.code, "inmateNumber", number,
                "pin", "8080"));

        assertThat(api.status()).as("the API with a token from before closing").isEqualTo(403);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("detail").asString()).contains("closed").contains("10:00");
        assertThat(page.status()).as("a kiosk page with the session from before closing").isEqualTo(403);
        assertThat(page.body()).contains("cerrados").contains("10:00");
        assertThat(login.status()).as("a new login after closing").isEqualTo(403);
        assertThat(login.json().get("detail").asString()).contains("10:00");
    }

    /** A fixed-offset zone in which the local time is now about 12:00, so hours around noon are open now. */
    private static String zoneWhereItIsNoonNow() {
        Instant now = Instant.now();
        long minuteOfDay = Duration.between(now.truncatedTo(ChronoUnit.DAYS), now).toMinutes();
        return ZoneOffset.ofTotalSeconds((int) (12 * 60 - minuteOfDay) * 60).getId();
    }

    private static List<Map<String, String>> everyDay(String opens, String closes) {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").stream()
                .map(day -> Map.of("day", day, "opens", opens, "closes", closes)).toList();
    }
}
