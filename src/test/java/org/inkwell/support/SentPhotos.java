package org.inkwell.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.photos.TestImages;

/** Photos sent with a message and reviewed, over the API, as a family and a reviewer do it. */
public final class SentPhotos {

    private SentPhotos() {
    }

    /** Uploads a small generated photo (different for every seed); answers its id. */
    public static String upload(Api api, String familyToken, long seed) {
        byte[] jpeg = TestImages.jpeg(TestImages.scene(64, 48, seed), 0.9f);
        Api.Response created = api.as(familyToken).sendBytes("POST", "/api/v1/photos", "image/jpeg", jpeg);
        if (created.status() != 201) {
            throw new AssertionError("upload answered " + created);
        }
        return created.json().get("id").asString();
    }

    public static List<String> upload(Api api, String familyToken, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(upload(api, familyToken, System.nanoTime() + i));
        }
        return ids;
    }

    /** Sends a message with these photos; answers its id. */
    public static String send(Api api, String familyToken, String contactId, String body, List<String> photoIds) {
        Api.Response sent = api.as(familyToken).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", contactId, "body", body, "photoIds", photoIds));
        if (sent.status() != 201) {
            throw new AssertionError("send answered " + sent);
        }
        return sent.json().get("id").asString();
    }

    /**
     * Claims the message (the next in the reviewer's queue) and approves it, rejecting the photos named in
     * {@code rejected} (photo id to reason code); every other photo is approved with it.
     */
    public static void approveRejecting(Api api, String reviewerToken, String messageId, Map<String, String> rejected) {
        Scenario.claimNext(api, reviewerToken, messageId);
        List<Map<String, Object>> decisions = new ArrayList<>();
        rejected.forEach((photo, reason) -> decisions.add(Map.of("photoId", photo, "decision", "REJECT", "reasonCode", reason)));
        Map<String, Object> body = new HashMap<>(Map.of("decision", "APPROVE", "photoDecisions", decisions));
        Api.Response decided = api.as(reviewerToken).post("/api/v1/staff/review/" + messageId + "/decision", body);
        if (decided.status() != 200) {
            throw new AssertionError("decision answered " + decided);
        }
    }
}
