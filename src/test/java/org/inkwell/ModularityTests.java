package org.inkwell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
        ApplicationModules.of(InkwellApplication.class).verify();
    }
}
