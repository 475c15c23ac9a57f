package org.inkwell.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.StaffMember;
import org.inkwell.platform.DemoData;
import org.inkwell.platform.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo staff and the verified demo family account (docs/api.md, "Demo mode"). Their passwords are
 * published, so their Argon2id hashes are kept here, made once, instead of hashed (slow on purpose) at every
 * fresh demo start. A login checks them as it checks any other.
 */
@Component
@Order(20)
class IdentityDemoData implements DemoData {

    static final String FAMILY_EMAIL = "family@example.org";

    /** demo-reviewer-pass */
    private static final String REVIEWER_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$we9LgXiD6KtupIdUgOgYuQ$55J5jFl3KcEdyMdYLcsrKWQ5Fey+XdH05u2ZvsNvZOA";
    /** demo-admin-pass */
    private static final String ADMIN_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$LhLsqsVeB5ZpiZGrttRt9Q$nlKs7z6pZ0HQ0jKwWncxxHTfuWOXmlcCtzlXcrh6Yi8";
    /** demo-investigator-pass */
    private static final String INVESTIGATOR_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$q/13m75ZevuBogPUet8rzg$WhnUjIG6N+riv2GihPu+KmW1OESyds4FSVwlR87zQwI";
    /** demo-platform-pass */
    private static final String PLATFORM_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$K9onp8LgRZ1y07KvQn1jlQ$nwW0AMw8kM3Pn9QHkz2MBIN88T2UyQiHnJzUuvm+sLY";
    /** demo-family-pass */
    private static final String FAMILY_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$TcxLYX9PWtFH4oUWEUI+pQ$GBFebv3twz/Vx+BCUCXtbHumRmUgeQqa23sbkFHQzyA";

    private final StaffRepository staff;
    private final AccountRepository accounts;
    private final Facilities facilities;
    private final Clock clock;

    IdentityDemoData(StaffRepository staff, AccountRepository accounts, Facilities facilities, Clock clock) {
        this.staff = staff;
        this.accounts = accounts;
        this.facilities = facilities;
        this.clock = clock;
    }

    @Override
    public void seed() {
        Facility north = facilities.find("DEMO-NORTH").orElseThrow();
        Facility county = facilities.find("DEMO-COUNTY").orElseThrow();
        staff("reviewer.north", REVIEWER_HASH, "Riley North", Role.REVIEWER, north.id(), north.agency().id());
        staff("reviewer.county", REVIEWER_HASH, "Casey County", Role.REVIEWER, county.id(), county.agency().id());
        staff("admin.north", ADMIN_HASH, "Alex North", Role.FACILITY_ADMIN, north.id(), north.agency().id());
        staff("investigator", INVESTIGATOR_HASH, "Ivy Investigator", Role.INVESTIGATOR, null, north.agency().id());
        staff("platform.admin", PLATFORM_HASH, "Pat Platform", Role.PLATFORM_ADMIN, null, null);
        if (!accounts.emailTaken(FAMILY_EMAIL)) {
            accounts.insert(UUID.randomUUID(), FAMILY_EMAIL, FAMILY_HASH, "Dana Family", true, "en", clock.instant());
        }
    }

    private void staff(String username, String passwordHash, String fullName, Role role, UUID facilityId, UUID agencyId) {
        if (!staff.usernameTaken(username)) {
            staff.insert(new StaffMember(UUID.randomUUID(), username, fullName, role, facilityId, agencyId), null,
                    passwordHash, null, clock.instant());
        }
    }
}
