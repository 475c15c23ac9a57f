package org.inkwell.identity.internal;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.platform.DemoData;
import org.inkwell.platform.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo staff and the verified demo family account (docs/api.md, "Demo mode"). */
@Component
@Order(20)
class IdentityDemoData implements DemoData {

    static final String FAMILY_EMAIL = "family@example.org";

    private final StaffAccounts staff;
    private final Accounts accounts;
    private final Facilities facilities;

    IdentityDemoData(StaffAccounts staff, Accounts accounts, Facilities facilities) {
        this.staff = staff;
        this.accounts = accounts;
        this.facilities = facilities;
    }

    @Override
    public void seed() {
        Facility north = facilities.find("DEMO-NORTH").orElseThrow();
        Facility county = facilities.find("DEMO-COUNTY").orElseThrow();
        staff.createTrusted("reviewer.north", "demo-reviewer-pass", "Riley North", Role.REVIEWER, north.id(),
                north.agency().id());
        staff.createTrusted("reviewer.county", "demo-reviewer-pass", "Casey County", Role.REVIEWER, county.id(),
                county.agency().id());
        staff.createTrusted("admin.north", "demo-admin-pass", "Alex North", Role.FACILITY_ADMIN, north.id(),
                north.agency().id());
        staff.createTrusted("investigator", "demo-investigator-pass", "Ivy Investigator", Role.INVESTIGATOR, null,
                north.agency().id());
        staff.createTrusted("platform.admin", "demo-platform-pass", "Pat Platform", Role.PLATFORM_ADMIN, null, null);
        if (!accounts.exists(FAMILY_EMAIL)) {
            accounts.registerVerified(FAMILY_EMAIL, "demo-family-pass", "Dana Family");
        }
    }
}
