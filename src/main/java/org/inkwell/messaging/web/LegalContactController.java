package org.inkwell.messaging.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.inkwell.contacts.ContactStatus;
import org.inkwell.messaging.LegalMailVolumes;
import org.inkwell.platform.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Volume of privileged legal mail per attorney contact, for the facility's admins: counts, never text. */
@RestController
class LegalContactController {

    private final LegalMailVolumes volumes;

    LegalContactController(LegalMailVolumes volumes) {
        this.volumes = volumes;
    }

    @PreAuthorize("hasRole('FACILITY_ADMIN')")
    @GetMapping("/api/v1/staff/legal-contacts")
    List<LegalContactView> list() {
        return volumes.atFacility(Caller.required()).stream().map(LegalContactView::of).toList();
    }

    record Attorney(String name, String email, String firm, boolean privilegeSuspended) {
    }

    record Person(String number, String name) {
    }

    record LegalContactView(UUID contactId, ContactStatus status, Attorney attorney, Person person,
                            long privilegedLast30Days, long privilegedTotal, Instant lastAt) {
        static LegalContactView of(LegalMailVolumes.Volume v) {
            return new LegalContactView(v.contactId(), v.status(), new Attorney(v.attorneyName(), v.attorneyEmail(), v.firm(),
                    v.privilegeSuspended()),
                    new Person(v.personNumber(), v.personName()), v.last30Days(), v.total(), v.lastAt());
        }
    }
}
