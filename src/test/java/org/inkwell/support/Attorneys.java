package org.inkwell.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Fresh attorneys for tests: verified accounts that applied as legal senders, approved or not. */
public final class Attorneys {

    public static final String PLATFORM_ADMIN = "platform.admin";
    public static final String PLATFORM_PASSWORD = "demo-platform-pass";

    private Attorneys() {
    }

    /** A verified account that applied; {@code registration} is its registration's id. */
    public record Attorney(String token, String email, String accountId, String registration) {
    }

    /** A registration's fields, with a firm of its own so a test can look for it. */
    public static Map<String, Object> application(String facilityCode) {
        Map<String, Object> body = new HashMap<>(Map.of("barNumber", "NY-" + UUID.randomUUID().toString().substring(0, 6),
                "barState", "NY", "firm", "Firm " + UUID.randomUUID().toString().substring(0, 8) + " LLP",
                "phone", "+1 212 736 5000"));
        if (facilityCode != null) {
            body.put("facility", facilityCode);
        }
        return body;
    }

    /** A new verified account that applied, naming the facility (null: none). */
    public static Attorney applied(Api api, String facilityCode) {
        String email = Families.newEmail();
        String token = Families.verifiedFamily(api, email);
        Api.Response applied = api.as(token).post("/api/v1/legal/registration", application(facilityCode));
        if (applied.status() != 201) {
            throw new AssertionError("application answered " + applied);
        }
        String account = api.as(token).get("/api/v1/accounts/me").json().get("id").asString();
        return new Attorney(token, email, account, applied.json().get("id").asString());
    }

    /** A new attorney approved by a platform admin: the privilege holds at every facility. */
    public static Attorney approved(Api api, String facilityCode) {
        Attorney attorney = applied(api, facilityCode);
        decide(api, api.login(PLATFORM_ADMIN, PLATFORM_PASSWORD), attorney, "APPROVE");
        return attorney;
    }

    public static Api.Response decide(Api api, String staffToken, Attorney attorney, String decision) {
        Api.Response decided = api.as(staffToken).post("/api/v1/staff/legal-registrations/" + attorney.registration()
                + "/decision", Map.of("decision", decision, "reason", "Checked with the state bar's roll"));
        if (decided.status() != 200) {
            throw new AssertionError("decision answered " + decided);
        }
        return decided;
    }

    /** A facility of a new agency of its own, with its admin. */
    public static TestFacility facilityOfANewAgency(Api api) {
        String agency = "AG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response created = api.as(api.login(PLATFORM_ADMIN, PLATFORM_PASSWORD)).post("/api/v1/admin/agencies",
                Map.of("code", agency, "name", "Agency " + agency));
        if (created.status() != 201) {
            throw new AssertionError("agency creation answered " + created);
        }
        return TestFacility.create(api, Map.of("agency", agency));
    }
}
