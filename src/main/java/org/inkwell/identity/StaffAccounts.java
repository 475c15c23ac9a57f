package org.inkwell.identity;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.internal.PasswordPolicy;
import org.inkwell.identity.internal.StaffRepository;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.PersonNames;
import org.inkwell.platform.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. A platform admin creates staff for any facility; a facility admin only reviewers and
 * admins of their own facility. Investigators work for an agency: only a platform admin creates them.
 */
@Service
public class StaffAccounts {

    /** No {@code @}: a login name with one is a public account's email. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");
    /** The code of a refused field; its words are found per field ({@code staff.invalid.<field>}). */
    public static final String INVALID = "staff.invalid";
    private static final Set<Role> CREATABLE = Set.of(Role.REVIEWER, Role.FACILITY_ADMIN, Role.INVESTIGATOR);

    private final StaffRepository staff;
    private final Facilities facilities;
    private final PasswordPolicy policy;
    private final PasswordEncoder hashes;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(StaffRepository staff, Facilities facilities, PasswordPolicy policy, PasswordEncoder hashes,
            AuditLog audit, Clock clock) {
        this.staff = staff;
        this.facilities = facilities;
        this.policy = policy;
        this.hashes = hashes;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code email} is optional: where alerts for the facility's admins go. */
    public record NewStaff(String username, String password, String fullName, Role role, String facility, String email) {
    }

    public record CreatedStaff(StaffMember member, String facilityCode) {
    }

    @Transactional
    public CreatedStaff create(Caller creator, NewStaff request) {
        FieldChecks checks = new FieldChecks();
        String username = checks.check(() -> {
            String name = request.username() == null ? "" : request.username().trim().toLowerCase();
            if (!USERNAME.matcher(name).matches()) {
                throw ApiException.invalidField(INVALID, "username",
                        "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores");
            }
            return name;
        });
        String fullName = checks.check(() -> PersonNames.require("fullName", request.fullName(), MAX_NAME));
        String email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        checks.check(() -> {
            if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
                throw ApiException.invalidField(INVALID, "email", "is not an email address");
            }
        });
        checks.check(() -> {
            if (request.role() == null || !CREATABLE.contains(request.role())) {
                throw ApiException.invalidField(INVALID, "role", "must be REVIEWER, FACILITY_ADMIN or INVESTIGATOR");
            }
        });
        Facility facility = checks.check(() -> facilities.find(request.facility())
                .orElseThrow(() -> ApiException.invalidField(INVALID, "facility", "no facility has this code")));
        if (facility != null && request.role() != null) {
            authorise(creator, request.role(), facility);
        }
        checks.check(() -> policy.check("password", request.password(), username == null ? "" : username,
                fullName == null ? "" : fullName));
        checks.done();
        if (staff.usernameTaken(username)) {
            throw ApiException.conflict("staff.username-taken", "The username " + username + " is taken.");
        }
        boolean agencyWide = request.role() == Role.INVESTIGATOR;
        StaffMember member = new StaffMember(UUID.randomUUID(), username, fullName, request.role(),
                agencyWide ? null : facility.id(), facility.agency().id());
        staff.insert(member, email, hashes.encode(request.password()), creator.id(), clock.instant());
        audit.record(AuditEntry.by(creator, "STAFF_CREATED", username, AuditOutcome.SUCCESS)
                .inFacility(member.facilityId(), member.agencyId())
                .withDetail("role=" + member.role() + " facility=" + facility.code()));
        return new CreatedStaff(member, facility.code());
    }

    /** Creates a staff account from configuration or demo data, bypassing the creator checks. */
    @Transactional
    public void createTrusted(String username, String password, String fullName, Role role, UUID facilityId,
            UUID agencyId) {
        if (staff.usernameTaken(username)) {
            return;
        }
        staff.insert(new StaffMember(UUID.randomUUID(), username, fullName, role, facilityId, agencyId), null,
                hashes.encode(password), null, clock.instant());
    }

    /** The facility's reviewers and admins. */
    public java.util.List<StaffMember> atFacility(UUID facilityId) {
        return staff.atFacility(facilityId);
    }

    public java.util.Optional<StaffMember> findByUsername(String username) {
        return username == null || username.isBlank() ? java.util.Optional.empty()
                : staff.findByUsername(username.trim());
    }

    /** Where to write to these staff: the addresses of those who gave one. */
    public java.util.List<String> emailsOf(java.util.Collection<UUID> ids) {
        return staff.emailsOf(ids);
    }

    /** A facility admin who gave an address, for mail addressed to the facility's oversight. */
    public record AdminAddress(StaffMember admin, String email) {
    }

    public java.util.List<AdminAddress> facilityAdminsWithEmail() {
        return staff.adminsWithEmail().stream().map(e -> new AdminAddress(e.getKey(), e.getValue())).toList();
    }

    public boolean anyPlatformAdmin() {
        return staff.anyWithRole(Role.PLATFORM_ADMIN);
    }

    private void authorise(Caller creator, Role role, Facility facility) {
        if (creator.is(Role.PLATFORM_ADMIN)) {
            return;
        }
        boolean own = creator.is(Role.FACILITY_ADMIN) && facility.id().equals(creator.facilityId());
        if (!own || role == Role.INVESTIGATOR) {
            audit.recordRefusal(AuditEntry.by(creator, "STAFF_CREATED", role + "@" + facility.code(), AuditOutcome.DENIED));
            throw role == Role.INVESTIGATOR && own
                    ? ApiException.forbidden("staff.investigator-by-platform",
                            "Only a platform administrator can create investigators.")
                    : ApiException.forbidden("staff.other-facility",
                            "You can only create staff for your own facility.");
        }
    }
}
