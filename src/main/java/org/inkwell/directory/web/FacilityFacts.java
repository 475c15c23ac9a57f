package org.inkwell.directory.web;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.KioskHours;
import org.inkwell.platform.FacilityTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What pages work out from a facility's settings for a reader: what a letter of a typical length costs
 * there, when its kiosks are open (in the facility's own time), and how to call it. Pages call it as
 * {@code ${@facilityFacts.example(f)}}, in the page's language.
 */
@Component("facilityFacts")
class FacilityFacts {

    private final Facilities facilities;

    FacilityFacts(Facilities facilities) {
        this.facilities = facilities;
    }

    /** A letter of about one page: long enough that a price per unit of characters shows what it adds up to. */
    static final int EXAMPLE_CHARACTERS = 2_500;

    public record PriceExample(int characters, long cents) {
    }

    public record Opening(String day, String opens, String closes) {
    }

    /** A letter of {@value #EXAMPLE_CHARACTERS} characters, or of the longest one allowed where that is shorter. */
    public PriceExample example(Facility f) {
        int characters = Math.min(EXAMPLE_CHARACTERS, f.maxMessageChars());
        return new PriceExample(characters, f.pricing().costCents(characters));
    }

    /** The kiosk hours from Monday on, in the facility's local time; empty when its kiosks never close. */
    public List<Opening> kioskHours(Facility f) {
        Locale locale = LocaleContextHolder.getLocale();
        return f.kioskHours().stream()
                .sorted(Comparator.comparing(KioskHours::day).thenComparing(KioskHours::opens))
                .map(h -> new Opening(dayName(h.day(), locale), FacilityTime.clock(h.opens(), locale),
                        FacilityTime.clock(h.closes(), locale)))
                .toList();
    }

    /** The zone's name that holds all year ("Eastern Time"), not the summer or winter one. */
    public String zoneName(Facility f) {
        return DateTimeFormatter.ofPattern("vvvv", LocaleContextHolder.getLocale()).format(
                ZonedDateTime.now(ZoneId.of(f.timeZone())));
    }

    /** The facility a page names by id (a family's contact names its facility so), for its name and phone number. */
    public Facility byId(UUID id) {
        return id == null ? null : facilities.findById(id).orElse(null);
    }

    /** The phone number as a link a phone can dial: its digits and a leading plus only. */
    public String telLink(Facility f) {
        return f.phone() == null ? null : "tel:" + f.phone().replaceAll("[^0-9+]", "");
    }

    private static String dayName(DayOfWeek day, Locale locale) {
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
