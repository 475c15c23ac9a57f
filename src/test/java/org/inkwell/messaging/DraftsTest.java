package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;

class DraftsTest extends IntegrationTest {

    @Test
    void aDraftSurvivesLogoutAndIsClearedBySending() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String path = "/api/v1/drafts/" + pair.contactId();

        assertThat(api().as(pair.familyToken()).put(path, Map.of("body", "Dear Pat, I was thinking")).status()).isEqualTo(200);
        api().as(pair.familyToken()).post("/api/v1/auth/logout", null);
        String again = api().login(pair.familyEmail(), org.inkwell.support.Families.PASSWORD);

        assertThat(api().as(again).get(path).json().get("body").asString()).isEqualTo("Dear Pat, I was thinking");
        Scenario.send(api(), again, pair.contactId(), "Dear Pat, I was thinking of you.");
        assertThat(api().as(again).get(path).status()).isEqualTo(404);
    }

    @Test
    void eachSideHasItsOwnDraftAndAKioskTimeoutLosesNothing() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        String path = "/api/v1/drafts/" + pair.contactId();
        String kiosk = pair.loginInmate(api());
        api().as(kiosk).put(path, Map.of("body", "Half a reply"));
        api().as(pair.familyToken()).put(path, Map.of("body", "Half a letter"));

        clock.advance(java.time.Duration.ofMinutes(16));
        String nextSession = pair.loginInmate(api());

        assertThat(api().as(nextSession).get(path).json().get("body").asString()).isEqualTo("Half a reply");
        assertThat(api().as(nextSession).delete(path).status()).isEqualTo(204);
        assertThat(api().as(nextSession).get(path).status()).isEqualTo(404);
    }

    @Test
    void someoneElsesContactHasNoDraftForYou() {
        Scenario.Pair pair = Scenario.approvedPair(api());
        String stranger = Families.verifiedFamily(api(), Families.newEmail());

        assertThat(api().as(stranger).put("/api/v1/drafts/" + pair.contactId(), Map.of("body", "x")).status()).isEqualTo(404);
    }
}
