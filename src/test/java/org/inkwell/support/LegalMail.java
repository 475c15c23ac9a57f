package org.inkwell.support;

import java.util.Map;
import java.util.UUID;

/** Steps of tests of privileged legal mail: an attorney's contact with a person, and privileged sends. */
public final class LegalMail {

    private LegalMail() {
    }

    /** The account's request to write to the person as given, approved by the facility; answers its id. */
    public static String contact(Api api, TestFacility facility, String token, String number, String relationship) {
        Api.Response requested = api.as(token).post("/api/v1/contacts",
                Map.of("facility", facility.code, "inmateNumber", number, "relationship", relationship));
        if (requested.status() != 201) {
            throw new AssertionError("contact request answered " + requested);
        }
        String contact = requested.json().get("id").asString();
        Api.Response approved = api.as(facility.admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "APPROVE"));
        if (approved.status() != 200) {
            throw new AssertionError("contact approval answered " + approved);
        }
        return contact;
    }

    /** Sends as the family side with {@code "privileged": true}; answers the response. */
    public static Api.Response send(Api api, String token, String contactId, String body) {
        return api.as(token).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", contactId, "body", body, "privileged", true));
    }

    /** Replies from inside with {@code "privileged": true}; answers the response. */
    public static Api.Response reply(Api api, String inmateToken, String contactId, String body) {
        return api.as(inmateToken).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", contactId, "body", body, "privileged", true));
    }
}
