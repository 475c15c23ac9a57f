package org.inkwell.identity.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.inkwell.directory.Facility;
import org.inkwell.directory.KioskHours;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.IpNetworks;
import org.springframework.stereotype.Component;

/**
 * When and where a person inside may use Inkwell: within the facility's kiosk hours, and, where the
 * facility lists its kiosk and tablet networks, from those networks only. Checked at login and on every
 * request with a kiosk token, so a session begun before closing ends at closing.
 */
@Component
public class KioskAccess {

    private static final DateTimeFormatter OPENING = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    private final Clock clock;

    KioskAccess(Clock clock) {
        this.clock = clock;
    }

    /** Refuses (403) outside kiosk hours, naming when the kiosks open in the facility's time zone. */
    public void refuseIfClosed(Facility facility) {
        Optional<ZonedDateTime> opens = KioskHours.nextOpening(facility.kioskHours(), ZoneId.of(facility.timeZone()),
                clock.instant());
        if (opens.isPresent()) {
            throw ApiException.forbidden("The kiosks of " + facility.name() + " are closed. They open "
                    + OPENING.format(opens.get()) + " (" + facility.timeZone() + ").");
        }
    }

    /** Refuses (403) an address outside the facility's kiosk networks, if it lists any. */
    public void refuseIfOutside(Facility facility, String address) {
        if (!isKioskNetwork(facility, address) && !facility.kioskNetworks().isEmpty()) {
            throw ApiException.forbidden("People in custody log in from the facility's kiosks and tablets only.");
        }
    }

    public boolean isKioskNetwork(Facility facility, String address) {
        return !facility.kioskNetworks().isEmpty() && IpNetworks.of(facility.kioskNetworks()).contains(address);
    }
}
