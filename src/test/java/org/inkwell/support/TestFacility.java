package org.inkwell.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A facility of a test's own, in the demo agency, with an admin: its queues, caps and policies hold
 * only what that test put there. Defaults: a TABLET state prison, 10 cents per 2000 characters, replies
 * free; any setting can be overridden.
 */
public final class TestFacility {

    public static final String STAFF_PASSWORD = "test facility staff pass";

    private final Api api;
    public final String code;
    public final String adminName;
    public final String admin;

    private TestFacility(Api api, String code, String adminName) {
        this.api = api;
        this.code = code;
        this.adminName = adminName;
        this.admin = api.login(adminName, STAFF_PASSWORD);
    }

    /** The demo platform admin's token for each service the tests call, so each facility costs no login of its own. */
    private static final Map<String, String> PLATFORM_TOKENS = new ConcurrentHashMap<>();

    /** The facilities shared by the tests of one class, per service. */
    private static final Map<String, TestFacility> SHARED = new ConcurrentHashMap<>();

    /**
     * One facility for all the tests of a class, created by the first that asks. Only for classes whose tests
     * cannot meet there: each works with its own people and families, and none claims from the facility's
     * queue, counts across it or changes its settings. It saves a facility and its admin per test.
     */
    public static TestFacility sharedBy(Class<?> testClass, Api api, Map<String, Object> overrides) {
        return SHARED.computeIfAbsent(testClass.getName() + " " + api.baseUrl(), key -> create(api, overrides));
    }

    public static TestFacility create(Api api, Map<String, Object> overrides) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "agency", "DEMO", "name", "Test Facility " + code,
                "kind", "STATE_PRISON", "state", "NY", "delivery", "TABLET",
                "pricing", Map.of("unitPriceCents", 10, "charsPerUnit", 2000), "maxMessageChars", 6000,
                "reviewTargetHours", 12, "replyPolicy", "FREE"));
        body.putAll(overrides);
        Api.Response created = api.as(platformAdmin(api)).post("/api/v1/admin/facilities", body);
        if (created.status() == 401) {
            created = api.as(newPlatformAdminLogin(api)).post("/api/v1/admin/facilities", body);
        }
        if (created.status() != 201) {
            throw new AssertionError("facility creation answered " + created);
        }
        String adminName = code.toLowerCase() + ".admin";
        createStaff(api, platformAdmin(api), adminName, "FACILITY_ADMIN", code);
        return new TestFacility(api, code, adminName);
    }

    /**
     * The demo platform admin, logged in once per service. A test that moves the service's clock past the
     * token's life or logs the admin out ends it; {@link #create} then logs in again.
     */
    public static String platformAdmin(Api api) {
        return PLATFORM_TOKENS.computeIfAbsent(api.baseUrl(), url -> api.login("platform.admin", "demo-platform-pass"));
    }

    private static String newPlatformAdminLogin(Api api) {
        String token = api.login("platform.admin", "demo-platform-pass");
        PLATFORM_TOKENS.put(api.baseUrl(), token);
        return token;
    }

    /** A new reviewer of this facility; answers the username. */
    public String newReviewer() {
        String name = code.toLowerCase() + ".rev." + UUID.randomUUID().toString().substring(0, 6);
        createStaff(api, admin, name, "REVIEWER", code);
        return name;
    }

    public String login(String staffUsername) {
        return api.login(staffUsername, STAFF_PASSWORD);
    }

    /** Books a person here without a kiosk PIN (so nothing to hash), for tests that need only the booking. */
    public String book(String lastName) {
        return book(lastName, "");
    }

    /** Books a person here through the roster; answers their number. */
    public String book(String lastName, String pin) {
        String number = "N" + Long.toString(System.nanoTime() % 10_000_000_000L, 36).toUpperCase();
        Api.Response booked = api.as(admin).send("POST", "/api/v1/staff/roster", "text/csv",
                number + "," + lastName + ",Pat,IN_CUSTODY,U-1," + pin + "\n");
        if (booked.status() != 200) {
            throw new AssertionError("booking answered " + booked);
        }
        return number;
    }

    /** The family's request for the person, approved by this facility's admin; answers the contact id. */
    public String approvedContact(String familyToken, String number) {
        String contact = Scenario.requestContact(api, familyToken, code, number);
        Api.Response decided = api.as(admin).post("/api/v1/staff/contact-requests/" + contact + "/decision",
                Map.of("decision", "APPROVE"));
        if (decided.status() != 200) {
            throw new AssertionError("approval answered " + decided);
        }
        return contact;
    }

    private static void createStaff(Api api, String creatorToken, String username, String role, String facility) {
        Api.Response created = api.as(creatorToken).post("/api/v1/admin/staff", Map.of("username", username,
                "password", STAFF_PASSWORD, "fullName", role + " of " + facility, "role", role, "facility", facility));
        if (created.status() != 201) {
            throw new AssertionError("staff creation answered " + created);
        }
    }
}
