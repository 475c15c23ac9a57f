package org.inkwell.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.Scenario;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;

/**
 * Families in the US read dollars the same way in Spanish as in English ("$0.40", never "0,40"), on every
 * family page that shows money; the words around them, card names and refusals included, are Spanish.
 */
class AmountsReadTheSameInSpanishTest extends IntegrationTest {

    @Test
    void spanishPagesWriteDollarsWithAPointAndLeaveNoEnglish() {
        TestFacility site = TestFacility.create(api(), Map.of("pricing", Map.of("unitPriceCents", 40, "charsPerUnit", 2000)));
        String family = Families.verifiedFamily(api(), Families.newEmail());
        String contact = site.approvedContact(family, site.book("Dinero", "4040"));
        Scenario.buy(api(), family, 1000);

        assertThat(spanish(family, "/home")).contains("Saldo: $10.00");
        String wallet = spanish(family, "/wallet");
        assertThat(wallet).contains("Saldo: $10.00").contains("$10.00</td>").contains("Visa (prueba)")
                .contains("Mastercard (prueba)").doesNotContain("(test)").doesNotContain("10,00");
        String conversation = spanish(family, "/conversations/" + contact);
        assertThat(conversation).contains("$0.40 por").contains("Saldo: $10.00").doesNotContain("0,40");
        assertThat(spanish(null, "/facilities/" + site.code)).contains("$0.40 por").doesNotContain("0,40");

        Api.Response unknown = api().with("Cookie", "inkwell_session=" + family + "; inkwell_lang=es")
                .with("Accept", "text/html").get("/conversations/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("No existe ese contacto.").doesNotContain("No such contact");
    }

    private String spanish(String family, String path) {
        Api.Response page = api().with("Cookie", (family == null ? "" : "inkwell_session=" + family + "; ") + "inkwell_lang=es")
                .get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }
}
