package org.inkwell.support;

import java.util.Map;

/** Steps many tests share, each done over the API as a user would. */
public final class Scenario {

    private Scenario() {
    }

    public static String northAdmin(Api api) {
        return api.login("admin.north", "demo-admin-pass");
    }

    /** Books a new person at DEMO-NORTH through the roster; answers their number. */
    public static String bookPersonAtNorth(Api api, String lastName, String pin) {
        String number = "P" + Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase();
        Api.Response response = api.as(northAdmin(api)).send("POST", "/api/v1/staff/roster", "text/csv",
                number + "," + lastName + ",Pat,IN_CUSTODY,H-1," + pin + "\n");
        if (response.status() != 200 || response.json().get("added").asInt() != 1) {
            throw new AssertionError("booking answered " + response);
        }
        return number;
    }

    /** A family's contact request; answers the contact id. */
    public static String requestContact(Api api, String familyToken, String facility, String number) {
        Api.Response response = api.as(familyToken).post("/api/v1/contacts",
                Map.of("facility", facility, "inmateNumber", number, "relationship", "SIBLING"));
        if (response.status() != 201) {
            throw new AssertionError("contact request answered " + response);
        }
        return response.json().get("id").asString();
    }

    public static void approveAtNorth(Api api, String contactId) {
        Api.Response response = api.as(northAdmin(api)).post("/api/v1/staff/contact-requests/" + contactId + "/decision",
                Map.of("decision", "APPROVE"));
        if (response.status() != 200) {
            throw new AssertionError("approval answered " + response);
        }
    }

    /** A verified family with an approved contact to a newly booked person at DEMO-NORTH. */
    public record Pair(String familyEmail, String familyToken, String inmateNumber, String inmatePin, String contactId) {
    }

    /** An approved pair whose family has bought {@code cents} of credit. */
    public static Pair fundedPair(Api api, long cents) {
        Pair pair = approvedPair(api);
        buy(api, pair.familyToken(), cents);
        return pair;
    }

    public static void buy(Api api, String familyToken, long cents) {
        Api.Response bought = api.as(familyToken).with("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", cents, "paymentToken", "tok_visa"));
        if (bought.status() != 201) {
            throw new AssertionError("purchase answered " + bought);
        }
    }

    /** Sends a message as a family; answers the response. */
    public static Api.Response send(Api api, String familyToken, String contactId, String body) {
        return api.as(familyToken).with("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", contactId, "body", body));
    }

    /** Claims as the reviewer until the given message comes up, approving or rejecting whatever else it meets. */
    public static tools.jackson.databind.JsonNode claimUntil(Api api, String reviewerToken, String messageId) {
        for (int i = 0; i < 500; i++) {
            Api.Response claim = api.as(reviewerToken).post("/api/v1/staff/review/claim", null);
            if (claim.status() == 204) {
                throw new AssertionError("the queue ran dry before " + messageId + " came up");
            }
            tools.jackson.databind.JsonNode claimed = claim.json();
            if (claimed.get("id").asString().equals(messageId)) {
                return claimed;
            }
            api.as(reviewerToken).post("/api/v1/staff/review/" + claimed.get("id").asString() + "/decision",
                    Map.of("decision", "APPROVE"));
        }
        throw new AssertionError(messageId + " never came up");
    }

    public static Api.Response decide(Api api, String reviewerToken, String messageId, String decision, String reason) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("decision", decision);
        if (reason != null) {
            body.put("reasonCode", reason);
            body.put("note", "reviewer's own note");
        }
        return api.as(reviewerToken).post("/api/v1/staff/review/" + messageId + "/decision", body);
    }

    public static Pair approvedPair(Api api) {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api, email);
        String number = bookPersonAtNorth(api, "Pairson", "7531");
        String contact = requestContact(api, family, "DEMO-NORTH", number);
        approveAtNorth(api, contact);
        return new Pair(email, family, number, "7531", contact);
    }
}
