package org.inkwell.contacts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.inkwell.contacts.internal.InvitationRepository;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations from inside (the CorrLinks/TRULINCS model): the person names someone by email, the
 * invitee gets a single-use code valid ten days, and accepting it opens a contact request.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(10);
    /** No 0/O or 1/I/L: the code is typed from an email, sometimes read out over the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final Contacts contacts;
    private final Roster roster;
    private final Facilities facilities;
    private final MailOutbox mail;
    private final MessageSource texts;
    private final String publicBaseUrl;
    private final Clock clock;

    Invitations(InvitationRepository invitations, Contacts contacts, Roster roster, Facilities facilities,
            MailOutbox mail, MessageSource texts, @Value("${inkwell.public-base-url}") String publicBaseUrl, Clock clock) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.roster = roster;
        this.facilities = facilities;
        this.mail = mail;
        this.texts = texts;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(Caller inmate, String email, String fullName, Relationship relationship) {
        String address = email == null ? "" : email.trim();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw ApiException.invalidField("email", "must be a valid email address");
        }
        String name = fullName == null ? "" : fullName.trim();
        if (name.isEmpty() || name.length() > 200) {
            throw ApiException.invalidField("fullName", "is required, at most 200 characters");
        }
        if (relationship == null) {
            throw ApiException.invalidField("relationship", "is required");
        }
        Inmate person = roster.findById(inmate.id()).filter(Inmate::inCustody)
                .orElseThrow(() -> ApiException.forbidden("Only a person in custody can invite contacts."));
        Facility facility = facilities.findById(person.facilityId()).orElseThrow();
        String code = newCode();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(VALIDITY);
        invitations.insert(id, person.id(), facility.id(), address, name, relationship, hash(code), expires, now);
        // The invitee has no account yet: the invitation is written in the language the person inside uses.
        Locale locale = LocaleContextHolder.getLocale();
        mail.queue(new Mail(address, texts.getMessage("mail.invitation.subject", new Object[] {person.name()}, locale),
                texts.getMessage("mail.invitation.body",
                        new Object[] {name, person.name(), facility.name(), format(code), publicBaseUrl}, locale)));
        return invitations.find(id).orElseThrow();
    }

    public List<Invitation> sentBy(Caller inmate) {
        return invitations.sentBy(inmate.id());
    }

    @Transactional
    public ContactDetails accept(Caller family, String code) {
        InvitationRepository.Pending invitation = open(code);
        Inmate inmate = roster.findById(invitation.inmateId()).filter(Inmate::inCustody)
                .orElseThrow(() -> ApiException.conflict("The person who invited you is no longer in custody here."));
        ContactDetails contact = contacts.openFromInvitation(family, inmate, invitation.relationship());
        invitations.answer(invitation.id(), "ACCEPTED", contact.contact().id(), clock.instant());
        return contact;
    }

    @Transactional
    public void decline(Caller family, String code) {
        InvitationRepository.Pending invitation = open(code);
        invitations.answer(invitation.id(), "DECLINED", null, clock.instant());
    }

    private InvitationRepository.Pending open(String code) {
        return invitations.lockByCode(hash(normalise(code)))
                .filter(i -> i.status().equals("SENT") && i.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> ApiException.invalidField("code", "is unknown, already used or expired"));
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
