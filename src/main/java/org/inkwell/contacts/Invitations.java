package org.inkwell.contacts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.contacts.internal.ContactRepository;
import org.inkwell.contacts.internal.InvitationRepository;
import org.inkwell.contacts.internal.InvitedName;
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
import org.inkwell.platform.InkwellProperties;
import org.inkwell.platform.Role;
import org.inkwell.platform.Sha256;
import org.inkwell.screening.Category;
import org.inkwell.screening.Flag;
import org.inkwell.screening.Screener;
import org.inkwell.screening.ScreeningResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations from inside (the CorrLinks/TRULINCS model): the person names someone by email, the
 * invitee gets a single-use code valid ten days, and accepting it opens a contact request. The email says
 * only who invites and how to answer; it goes out at once only where the facility does not review
 * invitations and the screen found nothing in the name, otherwise when staff approve it.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(10);
    private static final Duration RATE_WINDOW = Duration.ofDays(1);
    private static final int REVIEW_LIST_LIMIT = 500;
    private static final int MAX_REASON = 1000;
    /** No 0/O or 1/I/L: the code is typed from an email, sometimes read out over the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    /** Plain ASCII addresses only: the address is the one thing from inside the email's recipient reads. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final ContactRepository contactRecords;
    private final Contacts contacts;
    private final Roster roster;
    private final Facilities facilities;
    private final Accounts accounts;
    private final Screener screener;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final MessageSource texts;
    private final String publicBaseUrl;
    private final Clock clock;

    Invitations(InvitationRepository invitations, ContactRepository contactRecords, Contacts contacts, Roster roster,
            Facilities facilities, Accounts accounts, Screener screener, MailOutbox mail, AuditLog audit,
            MessageSource texts, InkwellProperties inkwell, Clock clock) {
        this.invitations = invitations;
        this.contactRecords = contactRecords;
        this.contacts = contacts;
        this.roster = roster;
        this.facilities = facilities;
        this.accounts = accounts;
        this.screener = screener;
        this.mail = mail;
        this.audit = audit;
        this.texts = texts;
        this.publicBaseUrl = inkwell.publicBaseUrl();
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(Caller inmate, String email, String fullName, Relationship relationship) {
        String address = email == null ? "" : email.strip();
        FieldChecks checks = new FieldChecks();
        String name = checks.check(() -> InvitedName.of(fullName).orElseThrow(() -> ApiException.invalidField(
                "invite.name-invalid", "fullName",
                "must be a name: letters, spaces, ' - and ., at most " + InvitedName.MAX_LENGTH + " characters")));
        checks.check(() -> {
            if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                throw ApiException.invalidField("invite.email-invalid", "email", "must be a valid email address");
            }
        });
        checks.check(() -> {
            if (relationship == null) {
                throw ApiException.invalidField("invite.relationship-missing", "relationship", "is required");
            }
        });
        checks.done();
        Inmate person = roster.findById(inmate.id()).filter(Inmate::inCustody)
                .orElseThrow(() -> ApiException.forbidden("invite.not-in-custody",
                        "Only a person in custody can invite contacts."));
        Facility facility = facilities.findById(person.facilityId()).orElseThrow();
        // One person's invitations one at a time, so parallel requests cannot pass the limits together.
        contactRecords.lockPerson(person.id());
        Instant now = clock.instant();
        refuseWhileBarred(person, address, now, "invite");
        refuseOverDailyLimit(person, facility, now);
        int open = contactRecords.openCount(person.id()) + invitations.openCount(person.id(), now);
        if (open >= facility.maxContacts()) {
            throw ApiException.conflict("invite.contact-limit",
                    "You already have " + open + " contacts and invitations; " + facility.name()
                    + " allows " + facility.maxContacts() + " at most.");
        }
        String heldBecause = heldBecause(person, facility, address, name);
        UUID id = UUID.randomUUID();
        invitations.insert(id, person.id(), facility.id(), address, name, relationship,
                LocaleContextHolder.getLocale().getLanguage().equals("es") ? "es" : "en", heldBecause, now);
        if (heldBecause == null) {
            send(invitations.lock(id).orElseThrow(), person, facility, inmate, now);
        } else {
            audit.record(AuditEntry.by(inmate, "INVITATION_HELD", id.toString(), AuditOutcome.SUCCESS)
                    .withDetail("to " + address + ": " + heldBecause));
        }
        return invitations.find(id).orElseThrow();
    }

    public List<Invitation> sentBy(Caller inmate) {
        return invitations.sentBy(inmate.id());
    }

    /** The staff's facility's invitations waiting for a decision, oldest first. */
    public List<HeldInvitation> awaitingReview(Caller staff) {
        List<InvitationRepository.Stored> held = invitations.awaitingAt(staff.facilityId(), REVIEW_LIST_LIMIT);
        Map<UUID, Inmate> people = roster.findAll(held.stream().map(InvitationRepository.Stored::inmateId)
                .collect(Collectors.toSet()));
        return held.stream().map(i -> new HeldInvitation(i.id(), people.get(i.inmateId()), i.email(), i.fullName(),
                i.relationship(), i.heldBecause(), i.createdAt())).toList();
    }

    /** Staff let a held invitation's email go out, or keep it in (with a reason, kept in the audit log). */
    @Transactional
    public Invitation decide(Caller staff, UUID id, boolean approve, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw ApiException.invalidField("reason.too-long", "reason",
                    "must be at most " + MAX_REASON + " characters");
        }
        if (!approve && why == null) {
            throw ApiException.invalidField("invitation-review.reason-missing", "reason",
                    "is required to refuse an invitation");
        }
        InvitationRepository.Stored invitation = invitations.lock(id)
                .filter(i -> i.facilityId().equals(staff.facilityId()))
                .orElseThrow(() -> ApiException.notFound("invitation-review.not-found",
                        "No such invitation at your facility."));
        if (invitation.status() != InvitationStatus.AWAITING_APPROVAL) {
            throw ApiException.conflict("invitation-review.decided",
                    "This invitation was already decided (" + invitation.status() + ").");
        }
        Instant now = clock.instant();
        if (!approve) {
            invitations.refuse(id, staff.id(), why, now);
            audit.record(AuditEntry.by(staff, "INVITATION_REFUSED", id.toString(), AuditOutcome.SUCCESS)
                    .withDetail("to " + invitation.email() + ": " + why));
            return invitations.find(id).orElseThrow();
        }
        Inmate person = roster.findById(invitation.inmateId())
                .filter(p -> p.inCustody() && p.facilityId().equals(staff.facilityId()))
                .orElseThrow(() -> ApiException.conflict("invitation-review.person-gone",
                        "The person who wrote this invitation is no longer held here."));
        contactRecords.lockPerson(person.id());
        refuseWhileBarred(person, invitation.email(), now, "invitation-review");
        send(invitation, person, facilities.findById(person.facilityId()).orElseThrow(), staff, now);
        return invitations.find(id).orElseThrow();
    }

    @Transactional
    public ContactDetails accept(Caller family, String code) {
        InvitationRepository.Stored invitation = openFor(family, code);
        Inmate inmate = roster.findById(invitation.inmateId()).filter(Inmate::inCustody)
                .orElseThrow(() -> ApiException.conflict("invitation.person-gone",
                        "The person who invited you is no longer in custody here."));
        ContactDetails contact = contacts.openFromInvitation(family, inmate, invitation.relationship());
        invitations.answer(invitation.id(), InvitationStatus.ACCEPTED, contact.contact().id(), clock.instant());
        return contact;
    }

    @Transactional
    public void decline(Caller family, String code) {
        InvitationRepository.Stored invitation = openFor(family, code);
        invitations.answer(invitation.id(), InvitationStatus.DECLINED, null, clock.instant());
    }

    private void send(InvitationRepository.Stored invitation, Inmate person, Facility facility, Caller actor,
            Instant now) {
        String code = newCode();
        UUID approvedBy = actor.is(Role.INMATE) ? null : actor.id();
        invitations.markSent(invitation.id(), hash(code), now.plus(VALIDITY), approvedBy, now);
        // The invitee has no account yet: the invitation is written in the language the person inside uses.
        // It carries no words of theirs: the name they typed stays with staff and themselves.
        Locale locale = Locale.forLanguageTag(invitation.locale());
        mail.queue(new Mail(invitation.email(),
                texts.getMessage("mail.invitation.subject", new Object[] {person.name()}, locale),
                texts.getMessage("mail.invitation.body",
                        new Object[] {person.name(), facility.name(), format(code), publicBaseUrl}, locale)));
        audit.record(AuditEntry.by(actor, "INVITATION_SENT", invitation.id().toString(), AuditOutcome.SUCCESS)
                .inFacility(facility.id(), facility.agency().id())
                .withDetail("from " + person.number() + " to " + invitation.email()
                        + (approvedBy == null ? "" : ", approved by staff")));
    }

    /**
     * Refusals that hold whoever asks: a restricted person, or an address that blocked or is suspended. Their
     * codes start with {@code codes}, since the person inviting and staff deciding are told in different words.
     */
    private void refuseWhileBarred(Inmate person, String address, Instant now, String codes) {
        contactRecords.restrictedUntil(person.id(), now).ifPresent(until -> {
            throw ApiException.conflict(codes + ".restricted", "Your correspondence is restricted until " + until
                    + "; no invitation can be sent before then.");
        });
        for (Contact contact : contactsWith(person, address, now)) {
            if (contact.status() == ContactStatus.BLOCKED) {
                throw ApiException.conflict(codes + ".address-blocked",
                        "A contact with this address is blocked; no invitation can be sent to it.");
            }
            if (contact.status() == ContactStatus.SUSPENDED) {
                throw ApiException.conflict(codes + ".address-suspended",
                        "A contact with this address is suspended; no invitation can be sent to it.");
            }
        }
    }

    private void refuseOverDailyLimit(Inmate person, Facility facility, Instant now) {
        InvitationRepository.Recent recent = invitations.createdSince(person.id(), now.minus(RATE_WINDOW));
        if (recent.count() >= facility.invitationsPerDay()) {
            throw ApiException.tooManyRequests("invite.daily-limit", "You can send " + facility.invitationsPerDay()
                    + " invitations a day; try again later.", Duration.between(now, recent.oldest().plus(RATE_WINDOW)));
        }
    }

    /** Why the email must wait for staff, or null when it may go out now. */
    private String heldBecause(Inmate person, Facility facility, String address, String name) {
        List<String> reasons = new ArrayList<>();
        if (facility.invitationsNeedApproval()) {
            reasons.add("the facility reviews every invitation");
        }
        // A catch-all domain receives any local part, so the address itself could carry words out.
        String localPart = address.substring(0, address.lastIndexOf('@')).replaceAll("[._+-]+", " ");
        ScreeningResult screened = screener.screen(facility.agency().id(), facility.id(), name + "\n" + localPart,
                Set.of(person.number()));
        if (!screened.clean()) {
            reasons.add("the screen flagged the name or address (" + screened.flags().stream().map(Flag::category)
                    .map(Category::name).distinct().collect(Collectors.joining(", ")) + ")");
        }
        if (contactsWith(person, address, clock.instant()).stream().anyMatch(c -> c.status() == ContactStatus.DENIED)) {
            reasons.add("the facility denied a contact with this address before");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private List<Contact> contactsWith(Inmate person, String address, Instant now) {
        return accounts.findByEmail(address)
                .map(account -> contactRecords.forPair(account.id(), person.id(), now))
                .orElse(List.of());
    }

    /** The sent, unexpired invitation with this code, if the caller's verified address is the invited one. */
    private InvitationRepository.Stored openFor(Caller family, String code) {
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("invitation.code-missing", "code", "is required");
        }
        InvitationRepository.Stored invitation = invitations.lockByCode(hash(normalise(code)))
                .filter(i -> i.status() == InvitationStatus.SENT && i.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> ApiException.invalidField("invitation.code-unknown", "code",
                        "is unknown, already used or expired"));
        AccountSummary account = accounts.find(family.id()).orElseThrow();
        if (!account.emailVerified() || !account.email().equalsIgnoreCase(invitation.email())) {
            throw ApiException.conflict("invitation.other-address", "This invitation was sent to another email "
                    + "address: log in with the account whose verified address received it.");
        }
        return invitation;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** XXXX-XXXX-XXXX, easier to copy by hand. */
    private static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] hash(String code) {
        return Sha256.of(code);
    }
}
