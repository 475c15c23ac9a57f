package org.inkwell.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.inkwell.audit.AuditEntry;
import org.inkwell.audit.AuditLog;
import org.inkwell.audit.AuditOutcome;
import org.inkwell.directory.Facility;
import org.inkwell.mail.Mail;
import org.inkwell.mail.MailOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone trying PINs across many people of one facility stays under each person's lockout; the
 * facility's admins hear of it instead. When failed kiosk logins name at least
 * {@code inkwell.security.login.facility-alert-people} different people of a facility within 15
 * minutes, its admins get an email (those with an address) and the audit log an entry, once per window.
 */
@Component
public class FacilityLoginAlerts {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final MailOutbox mail;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final MessageSource texts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int people;

    FacilityLoginAlerts(JdbcClient jdbc, MailOutbox mail, StaffRepository staff, AuditLog audit, MessageSource texts,
            TransactionTemplate transaction, Clock clock,
            @Value("${inkwell.security.login.facility-alert-people:10}") int people) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.staff = staff;
        this.audit = audit;
        this.texts = texts;
        this.transaction = transaction;
        this.clock = clock;
        this.people = people;
    }

    public void failed(Facility facility, String loginKey) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO facility_login_failure (facility_id, login_key, at) VALUES (:facility, :key, :now)")
                    .param("facility", facility.id()).param("key", loginKey).param("now", Timestamp.from(now))
                    .update();
            int distinct = jdbc.sql("""
                    SELECT count(DISTINCT login_key) FROM facility_login_failure WHERE facility_id = :facility AND at > :since
                    """)
                    .param("facility", facility.id()).param("since", since)
                    .query(Integer.class).single();
            if (distinct < people || !claimAlert(facility, now, since)) {
                return;
            }
            audit.record(new AuditEntry(null, null, null, "LOGIN_FAILURES_ALERT", facility.code(), AuditOutcome.SUCCESS,
                    facility.id(), facility.agency().id(),
                    "failed kiosk logins for " + distinct + " people within " + WINDOW.toMinutes() + " minutes"));
            List<String> admins = staff.adminEmails(facility.id());
            for (String address : admins) {
                mail.queue(new Mail(address,
                        texts.getMessage("mail.loginAlert.subject", new Object[] {facility.name()}, Locale.ENGLISH),
                        texts.getMessage("mail.loginAlert.body",
                                new Object[] {facility.name(), distinct, WINDOW.toMinutes()}, Locale.ENGLISH)));
            }
        });
    }

    /** Takes the facility's alert for this window; false when another attempt already took it. */
    private boolean claimAlert(Facility facility, Instant now, Timestamp since) {
        return jdbc.sql("""
                INSERT INTO facility_login_alert AS a (facility_id, alerted_at) VALUES (:facility, :now)
                ON CONFLICT (facility_id) DO UPDATE SET alerted_at = :now WHERE a.alerted_at <= :since
                """)
                .param("facility", facility.id()).param("now", Timestamp.from(now)).param("since", since)
                .update() == 1;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetOld() {
        jdbc.sql("DELETE FROM facility_login_failure WHERE at <= :since")
                .param("since", Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }
}
