package org.inkwell.wallet;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;

/**
 * Whom a message charge paid for, so a statement line can say to whom and show its time in that person's
 * facility's zone. The wallet knows charges only by reference; the module that charges for messages
 * answers (it depends on the wallet, so the wallet asks through this interface rather than calling it).
 */
public interface ChargeSubjects {

    record Subject(String personName, ZoneId zone) {
    }

    /** For each reference it knows, the person and their facility's zone; unknown references are absent. */
    Map<String, Subject> of(Collection<String> references);
}
