package org.inkwell.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.contacts.internal.ContactRepository;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.InkwellProperties;
import org.inkwell.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts between families and people in custody. Families and people inside see only their own
 * contacts; staff only their facility's. Anything else answers 404, as if it did not exist.
 */
@Service
public class Contacts {

    private static final int MAX_REASON = 1000;
    private static final int STAFF_LIST_LIMIT = 500;

    private final ContactRepository contacts;
    private final Roster roster;
    private final Facilities facilities;
    private final Accounts accounts;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final MessageSource texts;
    private final Clock clock;
    private final String publicBaseUrl;

    Contacts(ContactRepository contacts, Roster roster, Facilities facilities, Accounts accounts, MailOutbox mail,
            AuditLog audit, MessageSource texts, Clock clock,
            InkwellProperties inkwell) {
        this.publicBaseUrl = inkwell.publicBaseUrl();
        this.contacts = contacts;
        this.roster = roster;
        this.facilities = facilities;
        this.accounts = accounts;
        this.mail = mail;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The person a family looks for to write to, by facility and number. Every missing or unknown field is
     * named at once; a well-formed search that finds no one held there answers 404.
     */
    public Inmate find(String facilityCode, String inmateNumber) {
        FieldChecks checks = new FieldChecks();
        checkSearch(checks, facilityCode, inmateNumber);
        checks.done();
        return found(facilityCode, inmateNumber);
    }

    @Transactional
    public ContactDetails request(Caller family, String facilityCode, String inmateNumber, Relationship relationship) {
        FieldChecks checks = new FieldChecks();
        checkSearch(checks, facilityCode, inmateNumber);
        checks.check(() -> {
            if (relationship == null) {
                throw ApiException.invalidField("contact.relationship-missing", "relationship", "is required");
            }
        });
        checks.done();
        Inmate inmate = found(facilityCode, inmateNumber);
        if (contacts.openPairExists(family.id(), inmate.id())) {
            throw ApiException.conflict("contact.exists", "You already have a request or a contact with " + inmate.name() + ".");
        }
        refuseAtCap(inmate);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            contacts.insert(id, family.id(), inmate.id(), inmate.facilityId(), relationship, ContactStatus.PENDING, "FAMILY_REQUEST", now);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("contact.exists", "You already have a request or a contact with " + inmate.name() + ".");
        }
        contacts.recordHistory(id, now, Role.FAMILY.name(), family.id(), family.name(), "REQUESTED", null);
        return details(contacts.find(id, now).orElseThrow());
    }

    /** Opens a contact from an accepted invitation: pending, or approved at once where the facility allows it. */
    @Transactional
    ContactDetails openFromInvitation(Caller family, Inmate inmate, Relationship relationship) {
        if (contacts.openPairExists(family.id(), inmate.id())) {
            throw ApiException.conflict("contact.exists", "You already have a request or a contact with " + inmate.name() + ".");
        }
        Facility facility = facilities.findById(inmate.facilityId()).orElseThrow();
        boolean approveNow = !facility.invitationsNeedApproval();
        if (approveNow) {
            contacts.lockPerson(inmate.id());
        }
        refuseAtCap(inmate);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        contacts.insert(id, family.id(), inmate.id(), inmate.facilityId(), relationship,
                approveNow ? ContactStatus.APPROVED : ContactStatus.PENDING, "INMATE_INVITATION", now);
        contacts.recordHistory(id, now, Role.FAMILY.name(), family.id(), family.name(), "INVITATION_ACCEPTED",
                approveNow ? "approved at once: the facility does not review invited contacts" : null);
        return details(contacts.find(id, now).orElseThrow());
    }

    /**
     * The caller's own contacts: a family's, or a person in custody's. The person inside sees only contacts
     * staff let through (approved, blocked, suspended, or closed after approval): a request's name and a
     * denial's reason are written for the family and have not been reviewed.
     */
    public List<ContactDetails> mine(Caller caller) {
        Instant now = clock.instant();
        List<Contact> found = caller.is(Role.FAMILY) ? contacts.forAccount(caller.id(), now)
                : contacts.forInmate(caller.id(), now).stream().filter(Contacts::shownInside).toList();
        return details(found);
    }

    /** The facilities of a family's contacts, that of the newest request first: where the family's letters go. */
    public List<UUID> facilitiesOf(UUID accountId) {
        return contacts.forAccount(accountId, clock.instant()).stream().map(Contact::facilityId).distinct().toList();
    }

    /** Every contact an outside account has or had, at any facility: for investigations, not for the account. */
    public List<Contact> ofAccount(UUID accountId) {
        return contacts.forAccount(accountId, clock.instant());
    }

    /** Every contact a person in custody has or had: for investigations, not for the person. */
    public List<Contact> ofInmate(UUID inmateId) {
        return contacts.forInmate(inmateId, clock.instant());
    }

    /** The contacts with these ids, by id (unknown ids left out): for retention, not for any caller. */
    public Map<UUID, Contact> findAll(Collection<UUID> ids) {
        return contacts.findAll(ids, clock.instant()).stream()
                .collect(java.util.stream.Collectors.toMap(Contact::id, c -> c));
    }

    /** Where each of these accounts has or had a contact: for investigations, to keep to one agency. */
    public Map<UUID, Set<UUID>> facilitiesOfAccounts(Collection<UUID> accountIds) {
        return contacts.facilitiesOfAccounts(accountIds).stream().collect(java.util.stream.Collectors.groupingBy(
                Map.Entry::getKey, java.util.stream.Collectors.mapping(Map.Entry::getValue,
                        java.util.stream.Collectors.toSet())));
    }

    public ContactDetails get(Caller caller, UUID id) {
        return details(visible(caller, id));
    }

    @Transactional
    public ContactDetails block(Caller caller, UUID id) {
        Side side = side(caller);
        Contact contact = lockVisible(caller, id);
        if (contact.status() == ContactStatus.BLOCKED) {
            if (contact.blockedBy() == side) {
                return details(contact);
            }
            throw ApiException.conflict("This contact is already blocked by the other person.");
        }
        if (contact.status() != ContactStatus.APPROVED && contact.status() != ContactStatus.SUSPENDED) {
            throw ApiException.conflict("Only an approved contact can be blocked; this one is " + contact.status() + ".");
        }
        Instant now = clock.instant();
        contacts.setBlockedBy(id, side, now);
        contacts.recordHistory(id, now, caller.role().name(), caller.id(), caller.name(), "BLOCKED", null);
        return details(contacts.find(id, now).orElseThrow());
    }

    @Transactional
    public ContactDetails unblock(Caller caller, UUID id) {
        Side side = side(caller);
        Contact contact = lockVisible(caller, id);
        if (contact.blockedBy() == null) {
            throw ApiException.conflict("This contact is not blocked.");
        }
        if (contact.blockedBy() != side) {
            throw ApiException.conflict("Only the person who blocked this contact can unblock it.");
        }
        Instant now = clock.instant();
        contacts.setBlockedBy(id, null, now);
        contacts.recordHistory(id, now, caller.role().name(), caller.id(), caller.name(), "UNBLOCKED", null);
        return details(contacts.find(id, now).orElseThrow());
    }

    /** The messaging module's check: the contact belongs to the sender's side and may carry a message now. */
    public Contact requireOpenForMessages(UUID contactId, Side side, UUID partyId) {
        Contact contact = contacts.find(contactId, clock.instant())
                .filter(c -> c.belongsTo(side, partyId))
                .filter(c -> side != Side.INMATE || shownInside(c))
                .orElseThrow(() -> ApiException.notFound("contact.not-found", "No such contact."));
        switch (contact.status()) {
            case APPROVED -> {
                return contact;
            }
            case PENDING -> throw ApiException.conflict("contact.not-approved", "This contact has not been approved by the facility yet.");
            case DENIED -> throw ApiException.conflict("contact.denied", "The facility did not approve this contact.");
            default -> throw ApiException.conflict("contact.closed", contact.statusReason());
        }
    }

    public List<ContactDetails> atFacility(Caller staff, ContactStatus status) {
        ContactStatus wanted = status == null ? ContactStatus.PENDING : status;
        if (wanted == ContactStatus.BLOCKED || wanted == ContactStatus.SUSPENDED) {
            throw ApiException.invalidField("status", "must be PENDING, APPROVED, DENIED or CLOSED");
        }
        return details(contacts.atFacility(staff.facilityId(), wanted, STAFF_LIST_LIMIT, clock.instant()));
    }

    public List<ContactDetails> ofPerson(Caller staff, String inmateNumber) {
        Inmate inmate = personAtStaffFacility(staff, inmateNumber);
        return details(contacts.forInmate(inmate.id(), clock.instant()));
    }

    public ContactDetails getForStaff(Caller staff, UUID id) {
        return details(staffVisible(staff, id, false));
    }

    public List<ContactHistoryEntry> history(Caller staff, UUID id) {
        staffVisible(staff, id, false);
        return contacts.history(id);
    }

    @Transactional
    public ContactDetails decide(Caller staff, UUID id, boolean approve, String reason) {
        String why = trimmed(reason);
        if (!approve && why == null) {
            throw ApiException.invalidField("contact-review.reason-missing", "reason",
                    "is required to deny a request; the family sees it");
        }
        Contact contact = staffVisible(staff, id, true);
        if (contact.status() != ContactStatus.PENDING) {
            throw ApiException.conflict("contact-review.decided",
                    "This request was already decided (" + contact.status() + ").");
        }
        Inmate inmate = roster.findById(contact.inmateId()).orElseThrow();
        if (approve) {
            contacts.lockPerson(inmate.id());
            refuseAtCap(inmate);
        }
        Instant now = clock.instant();
        contacts.decide(id, approve ? ContactStatus.APPROVED : ContactStatus.DENIED, approve ? null : why, now);
        contacts.recordHistory(id, now, staff.role().name(), staff.id(), staff.name(), approve ? "APPROVED" : "DENIED", why);
        audit.record(AuditEntry.by(staff, "CONTACT_DECIDED", id.toString(), AuditOutcome.SUCCESS)
                .withDetail(approve ? "approved" : "denied: " + why));
        AccountSummary family = accounts.find(contact.accountId()).orElseThrow();
        Facility facility = facilities.findById(contact.facilityId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(family.locale());
        String outcome = approve ? "approved" : "denied";
        mail.queue(new Mail(family.email(),
                texts.getMessage("mail.contact." + outcome + ".subject", new Object[] {inmate.name()}, locale),
                texts.getMessage("mail.contact." + outcome + ".body",
                        new Object[] {family.fullName(), facility.name(), inmate.name(), why,
                                publicBaseUrl + "/conversations/" + id}, locale)));
        return details(contacts.find(id, now).orElseThrow());
    }

    @Transactional
    public ContactDetails suspend(Caller admin, UUID id, Instant until, String reason) {
        Instant now = clock.instant();
        String why = untilAndReason(until, reason, now);
        Contact contact = staffVisible(admin, id, true);
        if (contact.status() == ContactStatus.PENDING || contact.status() == ContactStatus.DENIED
                || contact.status() == ContactStatus.CLOSED) {
            throw ApiException.conflict("suspension.not-approved",
                    "Only an approved contact can be suspended; this one is " + contact.status() + ".");
        }
        contacts.setSuspension(id, until, why, now);
        contacts.recordHistory(id, now, admin.role().name(), admin.id(), admin.name(), "SUSPENDED", why + " (until " + until + ")");
        audit.record(AuditEntry.by(admin, "CONTACT_SUSPENDED", id.toString(), AuditOutcome.SUCCESS).withDetail(why));
        return details(contacts.find(id, now).orElseThrow());
    }

    @Transactional
    public ContactDetails liftSuspension(Caller admin, UUID id) {
        Contact contact = staffVisible(admin, id, true);
        Instant now = clock.instant();
        contacts.setSuspension(contact.id(), null, null, now);
        contacts.recordHistory(id, now, admin.role().name(), admin.id(), admin.name(), "SUSPENSION_LIFTED", null);
        audit.record(AuditEntry.by(admin, "CONTACT_SUSPENSION_LIFTED", id.toString(), AuditOutcome.SUCCESS));
        return details(contacts.find(id, now).orElseThrow());
    }

    /** Stops all of a person's correspondence until a date (discipline); it lifts by itself then. */
    @Transactional
    public void restrict(Caller admin, String inmateNumber, Instant until, String reason) {
        Instant now = clock.instant();
        String why = untilAndReason(until, reason, now);
        Inmate inmate = personAtStaffFacility(admin, inmateNumber);
        contacts.restrict(inmate.id(), until, why, admin.id(), now);
        for (Contact contact : contacts.forInmate(inmate.id(), now)) {
            contacts.recordHistory(contact.id(), now, admin.role().name(), admin.id(), admin.name(),
                    "CORRESPONDENCE_RESTRICTED", why + " (until " + until + ")");
        }
        audit.record(AuditEntry.by(admin, "CORRESPONDENCE_RESTRICTED", inmate.number(), AuditOutcome.SUCCESS).withDetail(why));
    }

    @Transactional
    public void liftRestriction(Caller admin, String inmateNumber) {
        Inmate inmate = personAtStaffFacility(admin, inmateNumber);
        Instant now = clock.instant();
        if (contacts.liftRestriction(inmate.id())) {
            for (Contact contact : contacts.forInmate(inmate.id(), now)) {
                contacts.recordHistory(contact.id(), now, admin.role().name(), admin.id(), admin.name(),
                        "CORRESPONDENCE_RESTRICTION_LIFTED", null);
            }
            audit.record(AuditEntry.by(admin, "CORRESPONDENCE_RESTRICTION_LIFTED", inmate.number(), AuditOutcome.SUCCESS));
        }
    }

    private void checkSearch(FieldChecks checks, String facilityCode, String inmateNumber) {
        checks.check(() -> {
            if (facilityCode == null || facilityCode.isBlank()) {
                throw ApiException.invalidField("contact.facility-missing", "facility", "is required");
            }
            if (facilities.find(facilityCode).isEmpty()) {
                throw ApiException.invalidField("contact.facility-unknown", "facility", "no facility has this code");
            }
        });
        checks.check(() -> {
            if (inmateNumber == null || inmateNumber.isBlank()) {
                throw ApiException.invalidField("contact.number-missing", "number", "is required");
            }
        });
    }

    private Inmate found(String facilityCode, String inmateNumber) {
        return roster.findInCustody(facilityCode, inmateNumber).orElseThrow(() -> ApiException.notFound(
                "contact.person-not-found", "No one with that number is held at that facility."));
    }

    private void refuseAtCap(Inmate inmate) {
        Facility facility = facilities.findById(inmate.facilityId()).orElseThrow();
        if (contacts.approvedCount(inmate.id()) >= facility.maxContacts()) {
            throw ApiException.conflict("contact.at-cap",
                    inmate.name() + " already has the most approved contacts " + facility.name()
                    + " allows (" + facility.maxContacts() + ").");
        }
    }

    private static boolean shownInside(Contact contact) {
        return switch (contact.status()) {
            case APPROVED, BLOCKED, SUSPENDED -> true;
            case CLOSED -> contact.decidedAt() != null;
            case PENDING, DENIED -> false;
        };
    }

    private Contact visible(Caller caller, UUID id) {
        return contacts.find(id, clock.instant())
                .filter(c -> c.belongsTo(side(caller), caller.id()))
                .filter(c -> !caller.is(Role.INMATE) || shownInside(c))
                .orElseThrow(() -> ApiException.notFound("contact.not-found", "No such contact."));
    }

    private Contact lockVisible(Caller caller, UUID id) {
        return contacts.lock(id, clock.instant())
                .filter(c -> c.belongsTo(side(caller), caller.id()))
                .filter(c -> !caller.is(Role.INMATE) || shownInside(c))
                .orElseThrow(() -> ApiException.notFound("contact.not-found", "No such contact."));
    }

    private Contact staffVisible(Caller staff, UUID id, boolean lock) {
        return (lock ? contacts.lock(id, clock.instant()) : contacts.find(id, clock.instant()))
                .filter(c -> c.facilityId().equals(staff.facilityId()))
                .orElseThrow(() -> ApiException.notFound("contact.not-at-facility",
                        "No such contact at your facility."));
    }

    private Inmate personAtStaffFacility(Caller staff, String number) {
        return roster.heldAtCallersFacility(staff, number);
    }

    private static Side side(Caller caller) {
        return caller.is(Role.INMATE) ? Side.INMATE : Side.FAMILY;
    }

    private ContactDetails details(Contact contact) {
        return details(List.of(contact)).get(0);
    }

    private List<ContactDetails> details(List<Contact> found) {
        Set<UUID> inmateIds = new HashSet<>();
        Set<UUID> accountIds = new HashSet<>();
        found.forEach(c -> {
            inmateIds.add(c.inmateId());
            accountIds.add(c.accountId());
        });
        Map<UUID, Inmate> inmates = roster.findAll(inmateIds);
        Map<UUID, AccountSummary> families = accounts.findAll(accountIds);
        return found.stream()
                .map(c -> new ContactDetails(c, inmates.get(c.inmateId()), families.get(c.accountId())))
                .toList();
    }

    /** A suspension's or restriction's end and reason, both checked at once; answers the reason. */
    private static String untilAndReason(Instant until, String reason, Instant now) {
        FieldChecks checks = new FieldChecks();
        checks.check(() -> {
            if (until == null || !until.isAfter(now)) {
                throw ApiException.invalidField("until.not-future", "until", "must be in the future");
            }
        });
        String why = checks.check(() -> {
            String given = trimmed(reason);
            if (given == null) {
                throw ApiException.invalidField("reason.missing", "reason", "is required");
            }
            return given;
        });
        checks.done();
        return why;
    }

    private static String trimmed(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String why = reason.trim();
        if (why.length() > MAX_REASON) {
            throw ApiException.invalidField("reason.too-long",
                    "reason", "must be at most " + MAX_REASON + " characters");
        }
        return why;
    }
}
