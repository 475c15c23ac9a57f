package org.inkwell.directory;

import java.time.Duration;
import java.util.List;

/**
 * What a facility's settings come to where they leave a value out, defined here only: creating a facility
 * (API and staff form), the staff form's blank page and the demo facilities read {@link Facilities#defaults()}.
 * The column DEFAULTs in the migrations only filled the rows that existed when each column was added; every
 * insert names every column.
 */
public record FacilityDefaults(
        String currency,
        String timeZone,
        int maxContacts,
        boolean invitationsNeedApproval,
        boolean autoApproveClean,
        List<String> kioskNetworks,
        int invitationsPerDay,
        int kioskSessionMinutes,
        String kioskLanguage,
        int retentionDays,
        boolean legalMailFree,
        int maxPhotosPerMessage) {

    /**
     * US dollars, America/New_York, 30 contacts per person, invitations from inside need staff approval,
     * every message reviewed by a person, no kiosk networks, 5 invitations a day per person, kiosks in
     * English, messages kept 365 days, legal mail priced like any message, 5 photos a message; kiosk
     * sessions as {@code inkwell.kiosk.session-limit} says, brought within the 5 to 120 minutes a facility
     * may set, so a facility created without the setting is still valid.
     */
    static FacilityDefaults withKioskSessionLimit(Duration kioskSessionLimit) {
        int kioskSessionMinutes = (int) Math.max(5, Math.min(120, kioskSessionLimit.toMinutes()));
        return new FacilityDefaults("USD", "America/New_York", 30, true, false, List.of(), 5, kioskSessionMinutes,
                "en", 365, false, 5);
    }
}
