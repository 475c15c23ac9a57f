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

    public static Pair approvedPair(Api api) {
        String email = Families.newEmail();
        String family = Families.verifiedFamily(api, email);
        String number = bookPersonAtNorth(api, "Pairson", "7531");
        String contact = requestContact(api, family, "DEMO-NORTH", number);
        approveAtNorth(api, contact);
        return new Pair(email, family, number, "7531", contact);
    }
}
