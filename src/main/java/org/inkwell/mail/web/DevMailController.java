package org.inkwell.mail.web;

import java.time.Instant;
import java.util.List;

import org.inkwell.platform.ApiException;
import org.inkwell.platform.InkwellProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The demo mode's mailbox: what the service would have sent. Absent (404) outside demo mode. */
@RestController
class DevMailController {

    private final JdbcClient jdbc;
    private final boolean demo;

    DevMailController(JdbcClient jdbc, InkwellProperties inkwell) {
        this.jdbc = jdbc;
        this.demo = inkwell.demo();
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/api/v1/dev/mail")
    List<CapturedMail> mail(@RequestParam String to) {
        if (!demo) {
            throw ApiException.notFound("No such resource.");
        }
        return jdbc.sql("""
                SELECT to_address, subject, body, sent_at FROM outbound_mail
                WHERE lower(to_address) = lower(:to) AND status = 'SENT'
                ORDER BY sent_at DESC, created_at DESC
                LIMIT 100
                """)
                .param("to", to)
                .query((rs, n) -> new CapturedMail(rs.getString("to_address"), rs.getString("subject"),
                        rs.getString("body"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    record CapturedMail(String to, String subject, String body, Instant sentAt) {
    }
}
