package org.inkwell.platform;

import java.util.Optional;

/** Turns a bearer token into its caller; implemented by the identity module, used by the security filter. */
public interface TokenAuthenticator {

    Optional<Caller> authenticate(String bearerToken);
}
