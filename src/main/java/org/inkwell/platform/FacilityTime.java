package org.inkwell.platform;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way a moment is shown to people: in the facility's local time with its zone abbreviation,
 * e.g. "Tue 2 Dec 2025, 4:03 pm EST" or "mar 2 dic 2025, 4:03 p. m. EST". Pages, emails and PDFs all use
 * it, so a family, the person inside and staff read the same time for the same message. The year is
 * always shown because letters are kept and exported for years. Pages call it as
 * {@code ${@facilityTime.show(instant, facility.timeZone())}}, in the page's language.
 */
@Component("facilityTime")
public final class FacilityTime {

    // The US abbreviations (EST, CDT) are what families in the US read in either language.
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final Map<Long, String> ENGLISH_AM_PM = Map.of(0L, "am", 1L, "pm");
    /** Labelled "UTC" (a {@code ZoneOffset.UTC} would print a bare "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    public static String format(Instant instant, ZoneId zone, Locale locale) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern("EEE d MMM yyyy, h:mm ");
        if ("en".equals(locale.getLanguage())) {
            builder.appendText(ChronoField.AMPM_OF_DAY, ENGLISH_AM_PM);
        } else {
            builder.appendPattern("a");
        }
        var local = instant.atZone(zone);
        return builder.toFormatter(locale).format(local) + " " + ZONE.format(local);
    }

    /** A time of day as {@link #format} writes it ("4:03 pm", "4:03 p. m."), for opening hours. */
    public static String clock(LocalTime time, Locale locale) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern("h:mm ");
        if ("en".equals(locale.getLanguage())) {
            builder.appendText(ChronoField.AMPM_OF_DAY, ENGLISH_AM_PM);
        } else {
            builder.appendPattern("a");
        }
        return builder.toFormatter(locale).format(time);
    }

    /**
     * For templates: the zone as a {@link ZoneId} or its name, the language of the current request. A page
     * without a facility (none should) still shows a labelled time, in UTC.
     */
    public String show(Instant instant, Object zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = zone instanceof ZoneId z ? z : zone == null ? UTC : ZoneId.of(zone.toString());
        return format(instant, id, LocaleContextHolder.getLocale());
    }
}
