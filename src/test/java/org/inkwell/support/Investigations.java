package org.inkwell.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An agency of a test's own with a facility, an investigator and a facility admin to approve cases, so
 * that what a search finds is only what the test wrote.
 */
public final class Investigations {

    public static final String PASSWORD = TestFacility.STAFF_PASSWORD;

    public final Api api;
    public final String agency;
    public final TestFacility facility;
    public final String investigatorName;
    public final String investigator;

    private Investigations(Api api, String agency, TestFacility facility, String investigatorName) {
        this.api = api;
        this.agency = agency;
        this.facility = facility;
        this.investigatorName = investigatorName;
        this.investigator = api.login(investigatorName, PASSWORD);
    }

    /** A new agency with one facility (overrides as for {@link TestFacility#create}) and an investigator. */
    public static Investigations inNewAgency(Api api, Map<String, Object> facilityOverrides) {
        String agency = "AG" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String platform = platformAdmin(api);
        Api.Response created = api.as(platform).post("/api/v1/admin/agencies",
                Map.of("code", agency, "name", "Test Agency " + agency));
        if (created.status() != 201) {
            throw new AssertionError("agency creation answered " + created);
        }
        Map<String, Object> overrides = new java.util.HashMap<>(facilityOverrides);
        overrides.put("agency", agency);
        TestFacility facility = TestFacility.create(api, overrides);
        return new Investigations(api, agency, facility, newInvestigator(api, facility.code));
    }

    /** Another investigator of the same agency; answers the username. */
    public String anotherInvestigator() {
        return newInvestigator(api, facility.code);
    }

    public static String platformAdmin(Api api) {
        return api.login("platform.admin", "demo-platform-pass");
    }

    private static String newInvestigator(Api api, String facilityCode) {
        String name = "inv." + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.as(platformAdmin(api)).post("/api/v1/admin/staff", Map.of("username", name,
                "password", PASSWORD, "fullName", "Investigator " + name, "role", "INVESTIGATOR",
                "facility", facilityCode));
        if (created.status() != 201) {
            throw new AssertionError("investigator creation answered " + created);
        }
        return name;
    }

    /** Opens a case about the given subjects as the given investigator; answers the response. */
    public Api.Response open(String investigatorToken, List<Map<String, String>> subjects) {
        return api.as(investigatorToken).post("/api/v1/investigations/cases", Map.of(
                "caseNumber", "CASE-" + UUID.randomUUID().toString().substring(0, 8),
                "legalBasis", "Warrant 2026-114, county court", "accessDays", 30, "subjects", subjects));
    }

    public static Map<String, String> person(String facility, String number) {
        return Map.of("facility", facility, "inmateNumber", number);
    }

    public static Map<String, String> account(String email) {
        return Map.of("email", email);
    }

    public Api.Response decide(String caseId, String decision) {
        return api.as(facility.admin).post("/api/v1/staff/investigation-cases/" + caseId + "/decision",
                Map.of("decision", decision, "reason", "checked against the warrant"));
    }

    /** A case about the person, opened by this agency's investigator and approved by the facility admin. */
    public String openCase(String number) {
        Api.Response opened = open(investigator, List.of(person(facility.code, number)));
        if (opened.status() != 201) {
            throw new AssertionError("opening answered " + opened);
        }
        String id = opened.json().get("id").asString();
        Api.Response approved = decide(id, "APPROVE");
        if (approved.status() != 200) {
            throw new AssertionError("approval answered " + approved);
        }
        return id;
    }

    /** A verified family with credit and an approved contact with a person booked here. */
    public record Correspondent(String email, String token, String number, String pin, String contactId) {
    }

    public Correspondent correspondent(String lastName) {
        String email = Families.newEmail();
        String token = Families.verifiedFamily(api, email);
        String number = facility.book(lastName, "8642");
        String contact = facility.approvedContact(token, number);
        Scenario.buy(api, token, 2000);
        return new Correspondent(email, token, number, "8642", contact);
    }

    /** Sends a message from the family; answers its id. */
    public String send(Correspondent c, String body) {
        Api.Response sent = Scenario.send(api, c.token(), c.contactId(), body);
        if (sent.status() != 201) {
            throw new AssertionError("sending answered " + sent);
        }
        return sent.json().get("id").asString();
    }
}
