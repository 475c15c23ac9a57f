package org.inkwell.support;

import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Reads the demo mode's captured mail, waiting for the outbox to send it. */
public final class DevMailbox {

    private static final Pattern VERIFY_LINK = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    private DevMailbox() {
    }

    /** The newest mail to the address, once one has arrived. */
    public static JsonNode latest(Api api, String to) {
        String path = "/api/v1/dev/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(path).json(), mail -> mail.size() > 0)
                .get(0);
    }

    public static String verificationToken(Api api, String to) {
        Matcher matcher = VERIFY_LINK.matcher(latest(api, to).get("body").asString());
        if (!matcher.find()) {
            throw new AssertionError("no verification link in the mail to " + to);
        }
        return matcher.group(1);
    }
}
