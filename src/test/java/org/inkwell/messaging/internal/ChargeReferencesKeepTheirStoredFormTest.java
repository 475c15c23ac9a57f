package org.inkwell.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The ledger, statements and refunds already hold {@code message:}, {@code reply:} and {@code photo:} references. */
class ChargeReferencesKeepTheirStoredFormTest {

    private final UUID id = UUID.fromString("0b7d5b2e-6f43-4d0e-9a57-2b1c1d6f9a10");

    @Test
    void eachKindIsStoredAsTheLedgerAlreadyHoldsIt() {
        assertThat(ChargeReference.message(id).stored()).isEqualTo("message:" + id);
        assertThat(ChargeReference.reply(id).stored()).isEqualTo("reply:" + id);
        assertThat(ChargeReference.photo(id).stored()).isEqualTo("photo:" + id);
    }

    @Test
    void aStoredReferenceReadsBackAsWhatItPaysFor() {
        assertThat(ChargeReference.parse("photo:" + id)).contains(ChargeReference.photo(id));
        assertThat(ChargeReference.parse("message:" + id)).contains(ChargeReference.message(id));
        assertThat(ChargeReference.parse("reply:" + id)).contains(ChargeReference.reply(id));
    }

    @Test
    void referencesThatAreNotAMessagesChargeAreNotReadAsOne() {
        assertThat(ChargeReference.parse("payment:" + id)).isEmpty();
        assertThat(ChargeReference.parse("message:not-an-id")).isEmpty();
        assertThat(ChargeReference.parse(null)).isEmpty();
    }
}
