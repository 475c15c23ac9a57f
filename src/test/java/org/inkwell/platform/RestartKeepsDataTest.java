package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.DevMailbox;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.ServiceProcess;
import org.junit.jupiter.api.Test;

class RestartKeepsDataTest {

    @Test
    void restartOnTheSameDataFolderKeepsAccountsAndDoesNotSeedTheDemoAgain() {
        Path data = IntegrationTest.newDataDirectory();
        String email = Families.newEmail();
        String token;
        try (ServiceProcess first = ServiceProcess.start(data, "--inkwell.demo=true")) {
            Api api = first.api();
            assertThat(api.post("/api/v1/accounts", Map.of("email", email, "password", Families.PASSWORD,
                    "fullName", "Kept Across Restarts")).status()).isEqualTo(201);
            token = DevMailbox.verificationToken(api, email);
        }

        try (ServiceProcess second = ServiceProcess.start(data, "--inkwell.demo=true")) {
            Api api = second.api();
            assertThat(api.post("/api/v1/accounts/verify", Map.of("token", token)).status())
                    .as("the token mailed before the restart still works").isEqualTo(200);
            String bearer = api.login(email, Families.PASSWORD);
            assertThat(api.as(bearer).get("/api/v1/accounts/me").json().get("fullName").asString())
                    .isEqualTo("Kept Across Restarts");
            assertThat(api.get("/api/v1/facilities?q=DEMO").json().size()).as("demo facilities seeded once").isEqualTo(2);
            assertThat(api.login("family@example.org", "demo-family-pass")).isNotBlank();
        }
    }
}
