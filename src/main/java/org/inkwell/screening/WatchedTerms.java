package org.inkwell.screening;

import java.util.List;
import java.util.UUID;

/**
 * The terms an agency's open investigations watch for, implemented by the investigations module. The
 * screen flags them as {@link Category#WATCHLIST}, which keeps the message for a reviewer.
 */
public interface WatchedTerms {

    /** The live watched terms of the agency's open cases, in a stable order. */
    List<String> live(UUID agencyId);
}
