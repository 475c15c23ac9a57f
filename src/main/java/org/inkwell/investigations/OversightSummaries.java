package org.inkwell.investigations;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.inkwell.directory.Facilities;
import org.inkwell.directory.Facility;
import org.inkwell.identity.StaffAccounts;
import org.inkwell.investigations.internal.AccessRepository;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week each facility admin with an address hears what investigators of their agency did that
 * reached their facility: cases opened, searches, messages opened, exports. Each admin's week is claimed
 * in the database with the mail queued, so however many instances run the job, a week is mailed once.
 */
@Service
public class OversightSummaries {

    static final Duration WEEK = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(OversightSummaries.class);

    private final StaffAccounts staff;
    private final Facilities facilities;
    private final AccessRepository access;
    private final MailOutbox mail;
    private final MessageSource texts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OversightSummaries(StaffAccounts staff, Facilities facilities, AccessRepository access, MailOutbox mail,
            MessageSource texts, TransactionTemplate transactions, Clock clock) {
        this.staff = staff;
        this.facilities = facilities;
        this.access = access;
        this.mail = mail;
        this.texts = texts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${inkwell.investigations.summary-cron:0 0 6 * * MON}", zone = "UTC")
    void weekly() {
        log.info("Weekly oversight summaries sent to {} facility admins", sendWeekly());
    }

    /** Sends this week's summary to every facility admin with an address not yet sent it; answers how many. */
    public int sendWeekly() {
        Instant now = clock.instant();
        LocalDate weekStart = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (StaffAccounts.AdminAddress admin : staff.facilityAdminsWithEmail()) {
            Facility facility = admin.admin().facilityId() == null ? null
                    : facilities.findById(admin.admin().facilityId()).orElse(null);
            if (facility == null) {
                continue;
            }
            Boolean mailed = transactions.execute(status -> {
                if (!access.claimSummary(admin.admin().id(), weekStart, now)) {
                    return false;
                }
                AccessRepository.Counts counts = access.touching(facility.agency().id(), facility.id(), now.minus(WEEK));
                String day = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
                mail.queue(new Mail(admin.email(),
                        texts.getMessage("mail.oversightSummary.subject", new Object[] {facility.name(), day},
                                Locale.ENGLISH),
                        texts.getMessage("mail.oversightSummary.body", new Object[] {facility.name(), day,
                                counts.casesOpened(), counts.searches(), counts.views(), counts.exports()},
                                Locale.ENGLISH)));
                return true;
            });
            sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
        }
        return sent;
    }
}
