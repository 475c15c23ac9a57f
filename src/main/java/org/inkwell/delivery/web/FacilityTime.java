package org.inkwell.delivery.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the people at one facility read them: in its time zone, with the zone's abbreviation,
 * e.g. "Tue 2 Dec, 4:03 pm EST", so one message never shows two dates.
 */
public record FacilityTime(ZoneId zone, Locale locale) {

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        String text = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", locale).format(instant.atZone(zone));
        // The JDK writes "PM"; people write "pm" (and Spanish "p. m.").
        return text.replace("AM", "am").replace("PM", "pm");
    }
}
