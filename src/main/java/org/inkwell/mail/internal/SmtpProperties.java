package org.inkwell.mail.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Environment: {@code INKWELL_SMTP_HOST}, {@code _PORT}, {@code _USERNAME}, {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}. */
@ConfigurationProperties("inkwell.smtp")
record SmtpProperties(
        String host,
        @DefaultValue("25") int port,
        String username,
        String password,
        @DefaultValue("Inkwell <no-reply@inkwell.invalid>") String from,
        @DefaultValue("false") boolean starttls) {
}
