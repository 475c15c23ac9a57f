package org.inkwell.legal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.identity.StaffMember;
import org.inkwell.legal.LegalRegistration;
import org.inkwell.legal.RegistrationStatus;
import org.inkwell.platform.Caller;
import org.inkwell.platform.DemoData;
import org.inkwell.platform.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A demo attorney, {@value #EMAIL}, approved by the demo platform admin for every facility. */
@Component
@Order(50)
class LegalDemoData implements DemoData {

    static final String EMAIL = "attorney@example.org";

    private final Accounts accounts;
    private final StaffAccounts staff;
    private final RegistrationRepository registrations;
    private final Clock clock;

    LegalDemoData(Accounts accounts, StaffAccounts staff, RegistrationRepository registrations, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public void seed() {
        if (accounts.exists(EMAIL)) {
            return;
        }
        AccountSummary attorney = accounts.registerVerified(EMAIL, "demo-attorney-pass", "Robin Counsel");
        StaffMember admin = staff.findByUsername("platform.admin").orElseThrow();
        Caller platform = new Caller(admin.id(), admin.role(), admin.fullName(), null, null);
        Caller applicant = new Caller(attorney.id(), Role.FAMILY, attorney.fullName(), null, null);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate recheck = LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(2);
        LegalRegistration registration = new LegalRegistration(UUID.randomUUID(), attorney.id(), "DEMO-1001", "NY",
                "Demo Legal Aid", "+1 212-736-5000", null, RegistrationStatus.PENDING, false, now, null, null, null,
                null, null);
        registrations.insertIfNoneLive(registration);
        registrations.recordChange(registration.id(), RegistrationStatus.PENDING, applicant, now, null, false, null, null);
        registrations.decide(registration.id(), RegistrationStatus.APPROVED, true, recheck, platform, now, "Demo data");
        registrations.recordChange(registration.id(), RegistrationStatus.APPROVED, platform, now, null, true, recheck,
                "Demo data");
    }
}
