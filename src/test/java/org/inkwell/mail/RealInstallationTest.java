package org.inkwell.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outside demo mode: mail leaves over SMTP, the dev mailbox does not exist, no demo account exists,
 * and the first platform admin is the one configured.
 */
class RealInstallationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void verificationMailGoesOutOverSmtpAndTheConfiguredAdminIsTheOnlyAccount() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(IntegrationTest.newDataDirectory(),
                "--inkwell.demo=false",
                "--inkwell.smtp.host=127.0.0.1",
                "--inkwell.smtp.port=" + smtp.getSmtp().getPort(),
                "--inkwell.smtp.from=Inkwell <no-reply@inkwell.test>",
                "--inkwell.public-base-url=https://letters.example.org/",
                "--inkwell.bootstrap-admin.password=first admin passphrase")) {
            Api api = service.api();
            String email = Families.newEmail();

            assertThat(api.post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD,
                    "fullName", "Smtp Family")).status()).isEqualTo(201);

            assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
            MimeMessage message = smtp.getReceivedMessages()[0];
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
            String body = GreenMailUtil.getBody(message);
            java.util.regex.Matcher link = java.util.regex.Pattern
                    .compile("https://letters\\.example\\.org/verify-email\\?token=([A-Za-z0-9_-]{43})").matcher(body);
            assertThat(link.find()).as(body).isTrue();
            assertThat(api.post("/api/v1/accounts/verify", Map.of("token", link.group(1))).status()).isEqualTo(200);

            assertThat(api.get("/api/v1/dev/mail?to=" + email).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/auth/token", Map.of("username", "family@example.org",
                    "password", "demo-family-pass")).status()).isEqualTo(401);
            assertThat(api.post("/api/v1/auth/token", Map.of("username", "platform.admin",
                    "password", "demo-platform-pass")).status()).as("no default password").isEqualTo(401);
            assertThat(api.post("/api/v1/auth/token", Map.of("username", "platform.admin",
                    "password", "first admin passphrase")).json().get("role").asString()).isEqualTo("PLATFORM_ADMIN");
            assertThat(api.get("/api/v1/facilities").json().size()).as("no demo facilities").isZero();
        }
    }
}
