package org.inkwell.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sandbox names a card per label ({@code tok_visa_<label>}), and the wallet keeps what the processor
 * calls the card only as a SHA-256, so payments with one card can be matched without storing its name.
 */
class SandboxCardsAreKnownByAHashedFingerprintTest extends IntegrationTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aLabelledCardIsChargedAndOnlyTheHashOfItsFingerprintIsKept() throws Exception {
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String label = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        Api.Response bought = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", 500, "paymentToken", "tok_mastercard_" + label));

        assertThat(bought.status()).as(bought.body()).isEqualTo(201);
        String stored = jdbc.sql("SELECT card_fingerprint FROM payment WHERE id = CAST(:id AS UUID)")
                .param("id", bought.json().get("id").asString()).query(String.class).single();
        assertThat(stored).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("fp_tok_mastercard_" + label).getBytes(StandardCharsets.UTF_8))));
        assertThat(stored).doesNotContain(label);

        Api.Response unknown = api().as(family).with("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/wallet/purchases", Map.of("amountCents", 500, "paymentToken", "tok_visa_" + "x".repeat(40)));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    }
}
