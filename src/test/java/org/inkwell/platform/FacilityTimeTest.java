package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FacilityTimeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void englishShowsTheFacilitysLocalTimeWithItsAbbreviation() {
        assertThat(FacilityTime.format(Instant.parse("2025-12-02T21:03:00Z"), NEW_YORK, Locale.ENGLISH))
                .isEqualTo("Tue 2 Dec 2025, 4:03 pm EST");
    }

    @Test
    void spanishUsesSpanishDayMonthAndMeridiemWithTheSameAbbreviation() {
        assertThat(FacilityTime.format(Instant.parse("2025-12-02T21:03:00Z"), NEW_YORK, Locale.forLanguageTag("es")))
                .isEqualTo("mar 2 dic 2025, 4:03 p.\u00a0m. EST");
    }

    @Test
    void summerTimeShowsDaylightAbbreviationAndShiftedHour() {
        assertThat(FacilityTime.format(Instant.parse("2025-07-02T21:03:00Z"), NEW_YORK, Locale.ENGLISH))
                .isEqualTo("Wed 2 Jul 2025, 5:03 pm EDT");
        assertThat(FacilityTime.format(Instant.parse("2025-07-02T14:03:00Z"), ZoneId.of("America/Chicago"),
                Locale.forLanguageTag("es"))).isEqualTo("mié 2 jul 2025, 9:03 a.\u00a0m. CDT");
    }

    @Test
    void theSameInstantAcrossTheDstChangeIsOneHourApartOnTheClock() {
        // 2025-11-02 02:00 EDT falls back to 01:00 EST: the two instants an hour apart both read 1:30.
        assertThat(FacilityTime.format(Instant.parse("2025-11-02T05:30:00Z"), NEW_YORK, Locale.ENGLISH))
                .isEqualTo("Sun 2 Nov 2025, 1:30 am EDT");
        assertThat(FacilityTime.format(Instant.parse("2025-11-02T06:30:00Z"), NEW_YORK, Locale.ENGLISH))
                .isEqualTo("Sun 2 Nov 2025, 1:30 am EST");
    }

    @Test
    void anotherZoneGivesItsOwnAbbreviation() {
        assertThat(FacilityTime.format(Instant.parse("2025-12-02T21:03:00Z"), ZoneId.of("America/Los_Angeles"),
                Locale.ENGLISH)).isEqualTo("Tue 2 Dec 2025, 1:03 pm PST");
    }
}
