package org.inkwell.investigations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.inkwell.contacts.Contact;
import org.inkwell.contacts.ContactStatus;
import org.inkwell.contacts.Contacts;
import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.Roster;
import org.inkwell.identity.AccountSummary;
import org.inkwell.identity.Accounts;
import org.inkwell.messaging.MessageArchive;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.wallet.SharedCards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is linked to a person in custody or an outside account, within the agency: for a person, every
 * outside account with a contact to them and those accounts' other contacts; for an account, it and the
 * accounts writing to the same people. Each account also names the agency's accounts it shares a card
 * with, or a private email domain (one used by exactly the two of them), and each contact how many
 * messages it carried. Each module answers for its own
 * data; this only assembles. Needs an open case, and goes into the access log with what was asked.
 */
@Service
public class LinkedPeople {

    /** A person of the agency with many correspondents still answers in one page; more are cut and said so. */
    static final int MAX_ACCOUNTS = 200;
    /** A card shared by thousands (a test card, a stolen one) is cut here rather than read whole. */
    static final int MAX_SHARED_PAIRS = 2000;

    public enum LinkKind {
        CARD, EMAIL_DOMAIN
    }

    public record Link(String email, LinkKind by) {
    }

    /** A contact of the account; {@code messages} counts both directions, withdrawn ones aside. */
    public record Linked(String facility, String inmateNumber, String name, ContactStatus status, Instant requestedAt,
                         Instant decidedAt, long messages, Instant lastMessageAt) {
    }

    public record Account(String email, String name, List<Linked> contacts, List<String> sharesPaymentWith,
                          List<Link> sharedWith) {
    }

    public record Links(List<Account> accounts, boolean truncated) {
    }

    private final Cases cases;
    private final AccessLog accessLog;
    private final Contacts contacts;
    private final Accounts accounts;
    private final Roster roster;
    private final Facilities facilities;
    private final SharedCards cards;
    private final MessageArchive archive;

    LinkedPeople(Cases cases, AccessLog accessLog, Contacts contacts, Accounts accounts, Roster roster,
            Facilities facilities, SharedCards cards, MessageArchive archive) {
        this.archive = archive;
        this.cases = cases;
        this.accessLog = accessLog;
        this.contacts = contacts;
        this.accounts = accounts;
        this.roster = roster;
        this.facilities = facilities;
        this.cards = cards;
    }

    @Transactional
    public Links of(Caller investigator, UUID caseId, String facility, String inmateNumber, String email) {
        if (caseId == null) {
            throw ApiException.invalidField("case.required", "caseId", "name the case this is asked under");
        }
        InvestigationCase through = cases.requireUsable(investigator, caseId);
        CaseSubject asked = cases.subject(through.agencyId(), "query", new NewSubject(facility, inmateNumber, email));
        Agency agency = new Agency(through.agencyId());
        Set<UUID> found = new LinkedHashSet<>();
        if (asked.isPerson()) {
            agency.contactsOfInmate(asked.inmateId()).forEach(c -> found.add(c.accountId()));
        } else {
            found.add(asked.accountId());
            for (Contact own : agency.contactsOfAccount(asked.accountId())) {
                agency.contactsOfInmate(own.inmateId()).forEach(c -> found.add(c.accountId()));
            }
        }
        // Links reach every facility of the agency, so the entry is limited to none.
        accessLog.record(investigator, through, AccessAction.LINKS,
                asked.isPerson() ? asked.facility() + ":" + asked.inmateNumber() : asked.email(), null, null);
        List<UUID> ids = found.stream().limit(MAX_ACCOUNTS).toList();
        return describe(agency, ids, asked.isPerson() ? null : asked.accountId(), found.size() > ids.size());
    }

    private Links describe(Agency agency, List<UUID> ids, UUID askedAccount, boolean accountsCut) {
        Map<UUID, AccountSummary> summaries = accounts.findAll(ids);
        Map<UUID, List<Contact>> contactsOf = new HashMap<>();
        ids.forEach(id -> contactsOf.put(id, agency.contactsOfAccount(id)));
        Map<UUID, Inmate> people = roster.findAll(contactsOf.values().stream().flatMap(List::stream)
                .map(Contact::inmateId).distinct().toList());
        Map<UUID, MessageArchive.Correspondence> written = archive.correspondence(agency.id,
                contactsOf.values().stream().flatMap(List::stream).map(Contact::id).toList());
        Map<UUID, Set<UUID>> sharingCard = cards.of(ids, MAX_SHARED_PAIRS);
        boolean cardsCut = sharingCard.values().stream().mapToInt(Set::size).sum() >= MAX_SHARED_PAIRS;
        Map<UUID, UUID> sharingDomain = accounts.aloneOnEmailDomainWith(ids);
        Set<UUID> others = new LinkedHashSet<>();
        sharingCard.values().forEach(others::addAll);
        others.addAll(sharingDomain.values());
        Map<UUID, Set<UUID>> facilitiesOfOthers = contacts.facilitiesOfAccounts(others);
        others.removeIf(other -> facilitiesOfOthers.getOrDefault(other, Set.of()).stream().noneMatch(agency::holds));
        Map<UUID, AccountSummary> otherSummaries = accounts.findAll(others);
        List<Account> answer = new ArrayList<>();
        for (UUID id : ids) {
            AccountSummary account = summaries.get(id);
            if (account == null) {
                continue;
            }
            List<Linked> linked = contactsOf.get(id).stream()
                    .map(c -> new Linked(agency.facility(c.facilityId()).map(Facility::code).orElse(null),
                            Optional.ofNullable(people.get(c.inmateId())).map(Inmate::number).orElse(null),
                            Optional.ofNullable(people.get(c.inmateId())).map(Inmate::name).orElse(null),
                            c.status(), c.requestedAt(), c.decidedAt(),
                            Optional.ofNullable(written.get(c.id())).map(MessageArchive.Correspondence::messages).orElse(0L),
                            Optional.ofNullable(written.get(c.id())).map(MessageArchive.Correspondence::lastAt).orElse(null)))
                    .toList();
            Set<String> byCard = new TreeSet<>();
            sharingCard.getOrDefault(id, Set.of()).stream().map(otherSummaries::get)
                    .filter(java.util.Objects::nonNull).forEach(o -> byCard.add(o.email()));
            List<Link> sharedWith = new ArrayList<>(byCard.stream().map(e -> new Link(e, LinkKind.CARD)).toList());
            Optional.ofNullable(sharingDomain.get(id)).map(otherSummaries::get)
                    .ifPresent(o -> sharedWith.add(new Link(o.email(), LinkKind.EMAIL_DOMAIN)));
            answer.add(new Account(account.email(), account.fullName(), linked, List.copyOf(byCard), sharedWith));
        }
        String askedEmail = askedAccount == null ? null : summaries.get(askedAccount).email();
        answer.sort(Comparator.comparing((Account a) -> !a.email().equals(askedEmail)).thenComparing(Account::email));
        return new Links(answer, accountsCut || cardsCut);
    }

    /** The agency's part of the contacts graph: contacts at its facilities only. */
    private final class Agency {

        private final UUID id;
        private final Map<UUID, Optional<Facility>> facilities = new HashMap<>();

        Agency(UUID id) {
            this.id = id;
        }

        Optional<Facility> facility(UUID facilityId) {
            return facilities.computeIfAbsent(facilityId, LinkedPeople.this.facilities::findById);
        }

        boolean holds(UUID facilityId) {
            return facility(facilityId).map(f -> f.agency().id().equals(id)).orElse(false);
        }

        boolean holds(Contact c) {
            return holds(c.facilityId());
        }

        List<Contact> contactsOfInmate(UUID inmateId) {
            return contacts.ofInmate(inmateId).stream().filter(this::holds).toList();
        }

        List<Contact> contactsOfAccount(UUID accountId) {
            return contacts.ofAccount(accountId).stream().filter(this::holds).toList();
        }
    }
}
