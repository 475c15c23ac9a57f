package org.inkwell.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inkwell.identity.internal.AccountRepository;
import org.inkwell.identity.internal.PasswordPolicy;
import org.inkwell.identity.internal.Tokens;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.FieldChecks;
import org.inkwell.platform.InkwellProperties;
import org.inkwell.platform.PersonNames;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public accounts: registration, email verification, and lookup for other modules. */
@Service
public class Accounts {

    /** The code of the refusal to send a link to an address that is already confirmed. */
    public static final String ALREADY_VERIFIED = "verify.already-confirmed";
    private static final String LINK_UNUSABLE = "verify.link-unusable";

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);
    /** Links sent to one account in an hour, the first one included: enough for a lost mail, not a mail bomb. */
    static final int LINKS_PER_HOUR = 4;
    private static final Duration LINK_WINDOW = Duration.ofHours(1);
    /** Deliberately simple: one {@code @}, something before it, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 200;

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder hashes;
    private final MailOutbox mail;
    private final Clock clock;
    private final String publicBaseUrl;
    private final MessageSource texts;

    Accounts(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder hashes, MailOutbox mail, Clock clock,
            InkwellProperties inkwell, MessageSource texts) {
        this.accounts = accounts;
        this.policy = policy;
        this.hashes = hashes;
        this.mail = mail;
        this.clock = clock;
        this.texts = texts;
        this.publicBaseUrl = inkwell.publicBaseUrl();
    }

    public Optional<AccountSummary> find(UUID id) {
        return accounts.find(id);
    }

    /** Registers with the language the person used; the emails we send them are in it. */
    @Transactional
    public AccountSummary register(String email, String password, String fullName, Locale locale) {
        String address = email == null ? "" : email.trim();
        FieldChecks checks = new FieldChecks();
        String name = checks.check(() -> PersonNames.require("fullName", fullName, MAX_NAME));
        checks.check(() -> {
            if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
                throw ApiException.invalidField("register.invalid", "email", "must be a valid email address");
            }
        });
        checks.check(() -> policy.check("password", password, address, name == null ? "" : name));
        checks.done();
        if (accounts.emailTaken(address)) {
            throw ApiException.conflict("account.email-taken", "An account with this email address already exists.");
        }
        UUID id = UUID.randomUUID();
        String language = "es".equals(locale.getLanguage()) ? "es" : "en";
        accounts.insert(id, address, hashes.encode(password), name, false, language, clock.instant());
        sendVerification(id, address, name, language);
        return accounts.find(id).orElseThrow();
    }

    /** Creates an account whose address is already known to be good (demo data). */
    @Transactional
    public AccountSummary registerVerified(String email, String password, String fullName) {
        UUID id = UUID.randomUUID();
        accounts.insert(id, email, hashes.encode(password), fullName, true, "en", clock.instant());
        return accounts.find(id).orElseThrow();
    }

    /** The accounts with these ids, by id; unknown ids are left out. */
    public Map<UUID, AccountSummary> findAll(Collection<UUID> ids) {
        return accounts.findAll(ids).stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /**
     * For each of the accounts whose email domain no one else uses but one other account, that account: two
     * addresses at a private domain point to one person or household; a public mail service links nobody.
     */
    public Map<UUID, UUID> aloneOnEmailDomainWith(Collection<UUID> ids) {
        return accounts.alonePairsOnEmailDomain(ids).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    public boolean exists(String email) {
        return accounts.emailTaken(email);
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.credentials(email).map(AccountRepository.Credentials::account);
    }

    @Transactional
    public AccountSummary verifyEmail(String token) {
        if (!Tokens.wellFormed(token)) {
            throw ApiException.invalidField(LINK_UNUSABLE, "token", "is not a valid verification token");
        }
        UUID accountId = accounts.consumeVerification(Tokens.hash(token), clock.instant())
                .orElseThrow(() -> ApiException.invalidField(LINK_UNUSABLE, "token",
                        "is unknown, already used or expired; ask for a new verification email"));
        accounts.markVerified(accountId, clock.instant());
        return accounts.find(accountId).orElseThrow();
    }

    /** Whether a verification link would still confirm an address, without using it up. */
    public boolean verificationUsable(String token) {
        return Tokens.wellFormed(token) && accounts.verificationUsable(Tokens.hash(token), clock.instant());
    }

    /**
     * Sends a fresh link (the first may have expired or gone to spam), at most {@value #LINKS_PER_HOUR} links
     * an hour per account. The account row is locked so parallel requests count one after the other.
     */
    @Transactional
    public void resendVerification(UUID accountId) {
        AccountSummary account = accounts.lock(accountId).orElseThrow(() -> ApiException.notFound("No such account."));
        if (account.emailVerified()) {
            throw ApiException.conflict(ALREADY_VERIFIED, "This email address is already verified.");
        }
        Instant now = clock.instant();
        // A link's expiry is its sending time plus the validity, so links sent in the last hour expire latest.
        Instant sentSince = now.minus(LINK_WINDOW).plus(VERIFICATION_VALIDITY);
        List<Instant> recent = accounts.verificationExpiries(accountId, sentSince);
        if (recent.size() >= LINKS_PER_HOUR) {
            Instant windowEnd = recent.get(recent.size() - LINKS_PER_HOUR).minus(VERIFICATION_VALIDITY).plus(LINK_WINDOW);
            throw ApiException.tooManyRequests("verify.too-many", "Too many verification emails; try again later.",
                    Duration.between(now, windowEnd).plusSeconds(1));
        }
        sendVerification(account.id(), account.email(), account.fullName(), account.locale());
    }

    private void sendVerification(UUID accountId, String address, String name, String language) {
        String token = Tokens.newToken();
        Instant expires = clock.instant().plus(VERIFICATION_VALIDITY);
        accounts.insertVerification(Tokens.hash(token), accountId, expires);
        Locale locale = Locale.forLanguageTag(language);
        mail.queue(new Mail(address, texts.getMessage("mail.verify.subject", null, locale),
                texts.getMessage("mail.verify.body", new Object[] {name, publicBaseUrl + "/verify-email?token=" + token + "&lang=" + language},
                        locale)));
    }
}
