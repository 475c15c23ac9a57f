package org.inkwell.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Parallel;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A family sends photos with a message: each is priced and charged with it, reviewed on its own, and a
 * rejected one is refunded on its own while the text and the other photos reach the person inside.
 */
class SendPhotosReviewedEachOnItsOwnTest extends IntegrationTest {

    /** A kiosk facility of the test's own: 40 cents per 2,000 characters, 25 cents a photo, at most 3. */
    private static final Map<String, Object> PHOTO_FACILITY = Map.of("delivery", "KIOSK", "maxPhotosPerMessage", 3,
            "pricing", Map.of("unitPriceCents", 40, "charsPerUnit", 2000, "photoPriceCents", 25));

    record Sender(TestFacility site, String family, String contact, String number, String pin) {
    }

    @Test
    void aRejectedPhotoIsRefundedOnItsOwnAndThePersonGetsTheTextAndTheOtherPhotos() {
        Sender s = sender(PHOTO_FACILITY);
        List<String> photos = List.of(upload(s.family(), 1), upload(s.family(), 2), upload(s.family(), 3));

        Api.Response sent = send(s.family(), s.contact(), "Pictures from the lake", photos);

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("costCents").asLong()).as("one unit and three photos").isEqualTo(40 + 3 * 25);
        assertThat(ids(sent.json().get("photos"))).isEqualTo(photos);
        assertThat(balance(s.family())).isEqualTo(1000 - 115);
        String message = sent.json().get("id").asString();
        String reviewer = s.site().login(s.site().newReviewer());
        JsonNode claim = claim(reviewer, message);
        assertThat(claim.get("body").asString()).isEqualTo("Pictures from the lake");
        assertThat(ids(claim.get("photos"))).isEqualTo(photos);
        assertThat(claim.get("photos").get(0).get("similarToRejected").asBoolean()).isFalse();
        assertThat(api().as(reviewer).download("/api/v1/photos/" + photos.get(1)).status())
                .as("the reviewer of the recipient's facility sees every photo").isEqualTo(200);

        Api.Response decided = api().as(reviewer).post("/api/v1/staff/review/" + message + "/decision", Map.of(
                "decision", "APPROVE", "photoDecisions", List.of(
                        Map.of("photoId", photos.get(1), "decision", "REJECT", "reasonCode", "GANG_ACTIVITY"),
                        Map.of("photoId", photos.get(2), "decision", "APPROVE"))));

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        List<JsonNode> refunds = entries(s.family(), "REFUND");
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).get("amountCents").asLong()).isEqualTo(25);
        assertThat(refunds.get(0).get("reference").asString()).contains(photos.get(1));
        assertThat(balance(s.family())).isEqualTo(1000 - 90);
        assertThat(api().with("Cookie", "inkwell_session=" + s.family()).get("/wallet").body())
                .contains("Photo to Pat Photoson", "Refund of a photo to Pat Photoson", "Message to Pat Photoson");
        JsonNode seenBySender = api().as(s.family()).get("/api/v1/messages/" + message).json();
        assertThat(seenBySender.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(seenBySender.get("photos").get(1).get("status").asString()).isEqualTo("REJECTED");
        assertThat(seenBySender.get("photos").get(1).get("rejection").get("reasonCode").asString()).isEqualTo("GANG_ACTIVITY");
        assertThat(seenBySender.get("photos").get(1).get("rejection").get("explanation").asString()).isNotBlank();
        assertThat(seenBySender.get("photos").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(seenBySender.get("photos").get(0).has("rejection")).isFalse();

        String person = api().loginInmate(s.site().code, s.number(), s.pin());
        JsonNode inbox = api().as(person).get("/api/v1/inmate/inbox").json().get(0);
        assertThat(inbox.get("body").asString()).isEqualTo("Pictures from the lake");
        assertThat(ids(inbox.get("photos"))).containsExactly(photos.get(0), photos.get(2));
        JsonNode thread = api().as(person).get("/api/v1/messages?contactId=" + s.contact()).json().get(0);
        assertThat(ids(thread.get("photos"))).containsExactly(photos.get(0), photos.get(2));
        assertThat(api().as(person).download("/api/v1/photos/" + photos.get(0)).status()).isEqualTo(200);
        assertThat(api().as(person).download("/api/v1/photos/" + photos.get(2) + "?size=thumb").status()).isEqualTo(200);
        assertThat(api().as(person).download("/api/v1/photos/" + photos.get(1)).status()).isEqualTo(404);
    }

    @Test
    void aMessageMayBePhotosOnlyAndCostsOnlyItsPhotos() {
        Sender s = sender(PHOTO_FACILITY);
        String photo = upload(s.family(), 4);

        Api.Response sent = api().as(s.family()).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/messages", Map.of("contactId", s.contact(), "photoIds", List.of(photo)));

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("costCents").asLong()).isEqualTo(25);
        assertThat(sent.json().get("units").asInt()).isZero();
        assertThat(balance(s.family())).isEqualTo(1000 - 25);
        JsonNode seen = api().as(s.family()).get("/api/v1/messages/" + sent.json().get("id").asString()).json();
        assertThat(seen.get("body").asString()).isEmpty();
        assertThat(seen.get("photos").get(0).get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    void photosThatCannotBeSentAreRefusedAndNothingIsChargedOrStored() {
        Sender s = sender(PHOTO_FACILITY);
        Sender other = sender(PHOTO_FACILITY);
        Sender none = sender(Map.of("delivery", "KIOSK", "maxPhotosPerMessage", 0));
        String othersPhoto = upload(other.family(), 5);
        String sentAlready = upload(s.family(), 6);
        assertThat(send(s.family(), s.contact(), "first", List.of(sentAlready)).status()).isEqualTo(201);
        long before = balance(s.family());
        List<String> four = List.of(upload(s.family(), 7), upload(s.family(), 8), upload(s.family(), 9), upload(s.family(), 10));
        String mine = four.get(0);

        assertRefused(send(s.family(), s.contact(), "too many", four), 400, "photoIds");
        assertRefused(send(s.family(), s.contact(), "not mine", List.of(mine, othersPhoto)), 404, null);
        assertRefused(send(s.family(), s.contact(), "again", List.of(mine, sentAlready)), 409, null);
        assertRefused(send(s.family(), s.contact(), "twice", List.of(mine, mine)), 400, "photoIds");
        assertRefused(api().as(s.family()).with("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/messages",
                Map.of("contactId", s.contact(), "body", "privileged", "privileged", true, "photoIds", List.of(mine))),
                400, "photoIds");
        String noneFamilyPhoto = upload(none.family(), 11);
        assertRefused(send(none.family(), none.contact(), "no photos here", List.of(noneFamilyPhoto)), 400, "photoIds");
        String person = api().loginInmate(s.site().code, s.number(), s.pin());
        Api.Response fromInside = api().as(person).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/inmate/messages", Map.of("contactId", s.contact(), "body", "a reply",
                        "photoIds", List.of(mine)));
        assertRefused(fromInside, 403, null);

        assertThat(balance(s.family())).isEqualTo(before);
        assertThat(balance(none.family())).isEqualTo(1000);
        assertThat(api().as(s.family()).get("/api/v1/messages?contactId=" + s.contact()).json()).hasSize(1);
        assertThat(api().as(none.family()).get("/api/v1/messages?contactId=" + none.contact()).json()).isEmpty();
        assertThat(send(s.family(), s.contact(), "now within the rules", four.subList(0, 3)).status())
                .as("the refused photos are still unsent").isEqualTo(201);
    }

    @Test
    void aPhotoLikeOneRejectedAtTheFacilityIsMarkedForTheReviewer() {
        Sender s = sender(PHOTO_FACILITY);
        String reviewer = s.site().login(s.site().newReviewer());
        String first = upload(s.family(), 12);
        String firstMessage = send(s.family(), s.contact(), "", List.of(first)).json().get("id").asString();
        claim(reviewer, firstMessage);
        assertThat(api().as(reviewer).post("/api/v1/staff/review/" + firstMessage + "/decision",
                Map.of("decision", "REJECT", "reasonCode", "SEXUAL_CONTENT")).status()).isEqualTo(200);
        Sender cousin = sender(PHOTO_FACILITY, s.site());
        String copy = upload(cousin.family(), 12);
        String different = upload(cousin.family(), 13);

        String second = send(cousin.family(), cousin.contact(), "look", List.of(copy, different)).json().get("id").asString();

        JsonNode claim = claim(reviewer, second);
        assertThat(claim.get("photos").get(0).get("similarToRejected").asBoolean()).isTrue();
        assertThat(claim.get("photos").get(1).get("similarToRejected").asBoolean()).isFalse();
        JsonNode seenBySender = api().as(cousin.family()).get("/api/v1/messages/" + second).json();
        assertThat(seenBySender.get("photos").get(0).has("similarToRejected")).as("for reviewers only").isFalse();
        JsonNode refunded = entries(s.family(), "REFUND").get(0);
        assertThat(refunded.get("reference").asString()).contains(first);
    }

    @Test
    void aPhotoIsNotFoundForOtherFamiliesOtherFacilitiesAndOtherPeople() {
        Sender s = sender(PHOTO_FACILITY);
        String photo = upload(s.family(), 14);
        String message = send(s.family(), s.contact(), "for you only", List.of(photo)).json().get("id").asString();
        String reviewer = s.site().login(s.site().newReviewer());
        claim(reviewer, message);
        assertThat(api().as(reviewer).post("/api/v1/staff/review/" + message + "/decision",
                Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        Sender elsewhere = sender(PHOTO_FACILITY);
        String neighbour = s.site().book("Neighbour", "8642");
        String path = "/api/v1/photos/" + photo;

        assertThat(api().as(elsewhere.family()).download(path).status()).as("another family").isEqualTo(404);
        assertThat(api().as(elsewhere.site().admin).download(path).status()).as("another facility's admin").isEqualTo(404);
        assertThat(api().as(elsewhere.site().login(elsewhere.site().newReviewer())).download(path).status())
                .as("another facility's reviewer").isEqualTo(404);
        assertThat(api().as(api().loginInmate(s.site().code, neighbour, "8642")).download(path).status())
                .as("another person at the same facility").isEqualTo(404);
        assertThat(api().as(api().loginInmate(s.site().code, s.number(), s.pin())).download(path).status())
                .as("the person it was sent to").isEqualTo(200);
        assertThat(api().as(s.site().admin).download(path).status()).as("the recipient's facility admin").isEqualTo(200);
        JsonNode audit = api().as(s.site().admin).get("/api/v1/admin/audit?action=PHOTO_VIEWED").json();
        assertThat(audit.toString()).contains(photo);
    }

    @Test
    void aPhotoDecisionThatDoesNotFitTheMessageIsRefusedAndARejectedMessageRefundsEveryPhoto() {
        Sender s = sender(PHOTO_FACILITY);
        List<String> photos = List.of(upload(s.family(), 18), upload(s.family(), 19));
        String stray = upload(s.family(), 20);
        String message = send(s.family(), s.contact(), "two more", photos).json().get("id").asString();
        String reviewer = s.site().login(s.site().newReviewer());
        claim(reviewer, message);
        String decide = "/api/v1/staff/review/" + message + "/decision";

        assertRefused(api().as(reviewer).post(decide, Map.of("decision", "APPROVE", "photoDecisions",
                List.of(Map.of("photoId", stray, "decision", "REJECT", "reasonCode", "OTHER")))), 400, "photoDecisions");
        assertRefused(api().as(reviewer).post(decide, Map.of("decision", "APPROVE", "photoDecisions",
                List.of(Map.of("photoId", photos.get(0), "decision", "REJECT")))), 400, "photoDecisions");
        assertThat(balance(s.family())).as("nothing decided yet").isEqualTo(1000 - 90);

        Api.Response rejected = api().as(reviewer).post(decide, Map.of("decision", "REJECT", "reasonCode", "OTHER",
                "photoDecisions", List.of(Map.of("photoId", photos.get(1), "decision", "REJECT",
                        "reasonCode", "THREAT_OR_VIOLENCE"))));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(balance(s.family())).isEqualTo(1000);
        assertThat(entries(s.family(), "REFUND")).hasSize(3);
        JsonNode seen = api().as(s.family()).get("/api/v1/messages/" + message).json();
        assertThat(seen.get("photos").get(0).get("rejection").get("reasonCode").asString()).isEqualTo("OTHER");
        assertThat(seen.get("photos").get(1).get("rejection").get("reasonCode").asString()).isEqualTo("THREAT_OR_VIOLENCE");
    }

    @Test
    void aPhotosOnlyMessageWhosePhotosAreAllRejectedIsRejected() {
        Sender s = sender(PHOTO_FACILITY);
        String photo = upload(s.family(), 25);
        String message = send(s.family(), s.contact(), "", List.of(photo)).json().get("id").asString();
        String reviewer = s.site().login(s.site().newReviewer());
        claim(reviewer, message);

        Api.Response decided = api().as(reviewer).post("/api/v1/staff/review/" + message + "/decision", Map.of(
                "decision", "APPROVE", "photoDecisions",
                List.of(Map.of("photoId", photo, "decision", "REJECT", "reasonCode", "ESCAPE_OR_SECURITY"))));

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode seen = api().as(s.family()).get("/api/v1/messages/" + message).json();
        assertThat(seen.get("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.get("rejection").get("reasonCode").asString()).isEqualTo("ESCAPE_OR_SECURITY");
        assertThat(balance(s.family())).isEqualTo(1000);
        String person = api().loginInmate(s.site().code, s.number(), s.pin());
        assertThat(api().as(person).get("/api/v1/inmate/inbox").json()).isEmpty();
    }

    @Test
    void ofTwoSendsNamingOnePhotoAtOnceOnlyOneGetsItAndOnlyOneIsCharged() {
        Sender s = sender(PHOTO_FACILITY);
        String photo = upload(s.family(), 15);

        List<Api.Response> sends = Parallel.all(List.of(
                () -> send(s.family(), s.contact(), "first try", List.of(photo)),
                () -> send(s.family(), s.contact(), "second try", List.of(photo))));

        assertThat(sends).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(balance(s.family())).isEqualTo(1000 - 65);
        assertThat(api().as(s.family()).get("/api/v1/messages?contactId=" + s.contact()).json()).hasSize(1);
    }

    @Test
    void withdrawingAMessageRefundsItsPhotosOneByOne() {
        Sender s = sender(PHOTO_FACILITY);
        List<String> photos = List.of(upload(s.family(), 16), upload(s.family(), 17));
        String message = send(s.family(), s.contact(), "never mind", photos).json().get("id").asString();

        Api.Response withdrawn = api().as(s.family()).post("/api/v1/messages/" + message + "/withdraw", null);

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(balance(s.family())).isEqualTo(1000);
        assertThat(entries(s.family(), "REFUND")).extracting(e -> e.get("reference").asString())
                .anySatisfy(r -> assertThat(r).contains(photos.get(0)))
                .anySatisfy(r -> assertThat(r).contains(photos.get(1)))
                .anySatisfy(r -> assertThat(r).contains(message));
    }

    private Sender sender(Map<String, Object> facility) {
        return sender(facility, TestFacility.create(api(), facility));
    }

    private Sender sender(Map<String, Object> facility, TestFacility site) {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String number = site.book("Photoson", "2580");
        String contact = site.approvedContact(family, number);
        Api.Response bought = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", 1000, "paymentToken", "tok_visa"));
        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        return new Sender(site, family, contact, number, "2580");
    }

    private String upload(String family, long seed) {
        Api.Response created = api().as(family).sendBytes("POST", "/api/v1/photos", "image/jpeg",
                TestImages.jpeg(TestImages.scene(64, 48, seed), 0.9f));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Api.Response send(String family, String contact, String body, List<String> photoIds) {
        Map<String, Object> request = new HashMap<>(Map.of("contactId", contact, "body", body, "photoIds", photoIds));
        return api().as(family).with("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/messages", request);
    }

    private JsonNode claim(String reviewer, String messageId) {
        Api.Response claim = api().as(reviewer).post("/api/v1/staff/review/claim", null);
        assertThat(claim.status()).as(claim.body()).isEqualTo(200);
        assertThat(claim.json().get("id").asString()).isEqualTo(messageId);
        return claim.json();
    }

    private long balance(String family) {
        return api().as(family).get("/api/v1/wallet").json().get("balanceCents").asLong();
    }

    private List<JsonNode> entries(String family, String kind) {
        List<JsonNode> found = new ArrayList<>();
        api().as(family).get("/api/v1/wallet").json().get("entries").forEach(e -> {
            if (e.get("kind").asString().equals(kind)) {
                found.add(e);
            }
        });
        return found;
    }

    private static List<String> ids(JsonNode photos) {
        List<String> ids = new ArrayList<>();
        photos.forEach(p -> ids.add(p.get("id").asString()));
        return ids;
    }

    private static void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.body()).contains("\"" + field + "\"");
        }
    }
}
