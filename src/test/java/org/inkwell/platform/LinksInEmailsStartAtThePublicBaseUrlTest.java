package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Every mail builds its links as the public base URL plus a path; RealInstallationTest follows one such link. */
class LinksInEmailsStartAtThePublicBaseUrlTest {

    @Test
    void aTrailingSlashIsDroppedSoNoLinkHasTwo() {
        assertThat(new InkwellProperties(false, "https://letters.example.org/").publicBaseUrl())
                .isEqualTo("https://letters.example.org");
        assertThat(new InkwellProperties(false, "https://letters.example.org/inkwell").publicBaseUrl())
                .isEqualTo("https://letters.example.org/inkwell");
    }

    @Test
    void theServiceDoesNotStartWithoutOne() {
        assertThatThrownBy(() -> new InkwellProperties(true, " "))
                .hasMessageContaining("inkwell.public-base-url");
        assertThatThrownBy(() -> new InkwellProperties(true, null))
                .hasMessageContaining("inkwell.public-base-url");
    }
}
