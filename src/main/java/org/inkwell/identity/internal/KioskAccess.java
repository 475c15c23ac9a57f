package org.inkwell.identity.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import org.inkwell.directory.Facility;
import org.inkwell.directory.KioskHours;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.FacilityTime;
import org.inkwell.platform.IpNetworks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * When and where a person inside may use Inkwell: within the facility's kiosk hours, and, where the
 * facility lists its kiosk and tablet networks, from those networks only. Checked at login and on every
 * request with a kiosk token, so a session begun before closing ends at closing. Refusals are worded in
 * the request's language, since a kiosk page shows them as they are.
 */
@Component
public class KioskAccess {

    private final Clock clock;
    private final MessageSource texts;

    KioskAccess(Clock clock, MessageSource texts) {
        this.clock = clock;
        this.texts = texts;
    }

    /** Refuses (403) outside kiosk hours, naming when the kiosks open in the facility's time zone. */
    public void refuseIfClosed(Facility facility) {
        Optional<ZonedDateTime> opens = KioskHours.nextOpening(facility.kioskHours(), ZoneId.of(facility.timeZone()),
                clock.instant());
        if (opens.isPresent()) {
            Locale locale = LocaleContextHolder.getLocale();
            String when = FacilityTime.format(opens.get().toInstant(), opens.get().getZone(), locale);
            throw ApiException.forbidden("kiosk.closed",
                    texts.getMessage("kiosk.closed", new Object[] {when}, locale)).with(opens.get());
        }
    }

    /** Refuses (403) an address outside the facility's kiosk networks, if it lists any. */
    public void refuseIfOutside(Facility facility, String address) {
        if (!facility.kioskNetworks().isEmpty() && !isKioskNetwork(facility, address)) {
            throw ApiException.forbidden("kiosk-access.elsewhere",
                    texts.getMessage("kiosk-access.elsewhere", null, LocaleContextHolder.getLocale()));
        }
    }

    public boolean isKioskNetwork(Facility facility, String address) {
        return !facility.kioskNetworks().isEmpty() && IpNetworks.of(facility.kioskNetworks()).contains(address);
    }
}
