package org.inkwell.support;

import java.util.Map;

/** Steps many tests share, each done over the API as a user would. */
public final class Scenario {

    private Scenario() {
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

    /**
     * A verified family with an approved contact to a person booked at a facility of the pair's own, priced
     * and run like DEMO-NORTH (a kiosk facility, 40 cents per 2,000 characters, free replies). Its review
     * queue holds only what the test sends, so a test's reviewer claims its own messages and nobody else's.
     */
    public record Pair(String familyEmail, String familyToken, String inmateNumber, String inmatePin, String contactId,
            TestFacility site) {

        public String facility() {
            return site.code;
        }

        /** A new reviewer of the pair's facility, logged in. */
        public String reviewer() {
            return site.login(site.newReviewer());
        }

        public String admin() {
            return site.admin;
        }

        public String loginInmate(Api api) {
            return api.loginInmate(site.code, inmateNumber, inmatePin);
        }
    }

    /** DEMO-NORTH's prices and policies, for a facility of a test's own. */
    public static final Map<String, Object> NORTH_LIKE = Map.of("delivery", "KIOSK",
            "pricing", Map.of("unitPriceCents", 40, "charsPerUnit", 2000));

    /** An approved pair whose family has bought {@code cents} of credit. */
    public static Pair fundedPair(Api api, long cents) {
        return funded(api, approvedPair(api), cents);
    }

    /** The same at a facility the test class shares (see {@link TestFacility#sharedBy}). */
    public static Pair fundedPair(Api api, TestFacility site, long cents) {
        return funded(api, approvedPair(api, site), cents);
    }

    private static Pair funded(Api api, Pair pair, long cents) {
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

    /**
     * Claims the next message as the reviewer and checks it is the given one: on a facility of the test's own
     * the queue holds only what the test sent, so no test decides another's messages.
     */
    public static tools.jackson.databind.JsonNode claimNext(Api api, String reviewerToken, String messageId) {
        Api.Response claim = api.as(reviewerToken).post("/api/v1/staff/review/claim", null);
        if (claim.status() != 200 || !claim.json().get("id").asString().equals(messageId)) {
            throw new AssertionError("expected to claim " + messageId + "; the claim answered " + claim);
        }
        return claim.json();
    }

    /**
     * Claims and decides every message in the reviewer's queue, in the queue's order, as the map says
     * (message id to APPROVE or a rejection reason). A message the map does not name fails the test, so it is
     * used on a facility of the test's own, whose queue holds nothing but what the test sent.
     */
    public static void decideAll(Api api, String reviewerToken, Map<String, String> decisions) {
        for (int i = 0; i < decisions.size(); i++) {
            Api.Response claim = api.as(reviewerToken).post("/api/v1/staff/review/claim", null);
            String id = claim.status() == 200 ? claim.json().get("id").asString() : null;
            if (id == null || !decisions.containsKey(id)) {
                throw new AssertionError("claimed a message the test did not send: " + claim);
            }
            String decision = decisions.get(id);
            Api.Response decided = "APPROVE".equals(decision) ? decide(api, reviewerToken, id, "APPROVE", null)
                    : decide(api, reviewerToken, id, "REJECT", decision);
            if (decided.status() != 200) {
                throw new AssertionError("deciding " + id + " answered " + decided);
            }
        }
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
        return approvedPair(api, TestFacility.create(api, NORTH_LIKE));
    }

    /** A pair at a facility the test class shares (see {@link TestFacility#sharedBy}): no facility of its own. */
    public static Pair approvedPair(Api api, TestFacility site) {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api, email);
        String number = site.book("Pairson", "7531");
        String contact = site.approvedContact(family, number);
        return new Pair(email, family, number, "7531", contact, site);
    }
}
