package org.inkwell.mail.internal;

import java.util.Properties;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.inkwell.mail.Mail;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.StringUtils;

final class SmtpTransport implements MailTransport {

    private final SmtpProperties properties;
    private final JavaMailSenderImpl sender;

    SmtpTransport(SmtpProperties properties) {
        this.properties = properties;
        this.sender = new JavaMailSenderImpl();
        sender.setHost(properties.host());
        sender.setPort(properties.port());
        sender.setDefaultEncoding("UTF-8");
        if (StringUtils.hasText(properties.username())) {
            sender.setUsername(properties.username());
            sender.setPassword(properties.password());
        }
        Properties javaMail = new Properties();
        javaMail.put("mail.smtp.auth", Boolean.toString(StringUtils.hasText(properties.username())));
        javaMail.put("mail.smtp.starttls.enable", Boolean.toString(properties.starttls()));
        javaMail.put("mail.smtp.connectiontimeout", "10000");
        javaMail.put("mail.smtp.timeout", "10000");
        javaMail.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(javaMail);
    }

    @Override
    public boolean ready() {
        return StringUtils.hasText(properties.host());
    }

    @Override
    public void send(UUID id, Mail mail) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // A retry after a crash between sending and recording it carries the same Message-ID,
        // so the receiving side can drop the duplicate.
        message.saveChanges();
        message.setHeader("Message-ID", "<" + id + "@inkwell>");
        sender.send(message);
    }

    @Override
    public boolean keepsBody() {
        return false;
    }
}
