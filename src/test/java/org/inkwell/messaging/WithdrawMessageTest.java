package org.inkwell.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.junit.jupiter.api.Test;

class WithdrawMessageTest extends IntegrationTest {

    @Test
    void anUnclaimedMessageIsWithdrawnAndRefundedExactlyOnce() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Never mind").json().get("id").asString();

        Api.Response withdrawn = api().as(pair.familyToken()).post("/api/v1/messages/" + id + "/withdraw", null);
        Api.Response again = api().as(pair.familyToken()).post("/api/v1/messages/" + id + "/withdraw", null);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api().as(pair.familyToken()).get("/api/v1/wallet").json().get("balanceCents").asLong()).isEqualTo(500);
    }

    @Test
    void aMessageAReviewerHoldsCannotBeWithdrawn() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Too late").json().get("id").asString();
        Scenario.claimNext(api(), pair.reviewer(), id);

        Api.Response refused = api().as(pair.familyToken()).post("/api/v1/messages/" + id + "/withdraw", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api().as(pair.familyToken()).get("/api/v1/messages/" + id).json().get("status").asString())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void onlyTheSenderMayWithdraw() {
        Scenario.Pair pair = Scenario.fundedPair(api(), 500);
        String id = Scenario.send(api(), pair.familyToken(), pair.contactId(), "Mine").json().get("id").asString();
        String stranger = Families.verifiedFamily(api(), Families.newEmail());
        String recipient = pair.loginInmate(api());

        assertThat(api().as(stranger).post("/api/v1/messages/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(api().as(recipient).post("/api/v1/messages/" + id + "/withdraw", null).status()).isEqualTo(404);
    }
}
