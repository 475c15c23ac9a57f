package org.inkwell.platform;

import java.util.Optional;

/** Turns a bearer token into its caller; implemented by the identity module, used by the security filter. */
public interface TokenAuthenticator {

    /**
     * The caller of a valid token, empty for any other. Throws {@link ApiException} for a valid token
     * whose holder may not act now (kept as the {@link SessionRefusal} of the request).
     */
    Optional<Caller> authenticate(String bearerToken);
}
