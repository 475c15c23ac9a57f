package org.inkwell.support;

import java.util.Map;

/** Fresh public accounts for tests that need their own. */
public final class Families {

    public static final String PASSWORD = "correct horse battery staple";

    private Families() {
    }

    /** Letters only: a run of digits in an address reads as a phone number to the screen, which holds invitations. */
    public static String newEmail() {
        StringBuilder local = new StringBuilder("family-");
        java.util.concurrent.ThreadLocalRandom.current().ints(14, 'a', 'z' + 1).forEach(c -> local.append((char) c));
        return local + "@example.org";
    }

    /** Registers and verifies a new account; answers its bearer token. */
    public static String verifiedFamily(Api api, String email) {
        Api.Response created = api.post("/api/v1/accounts",
                Map.of("email", email, "password", PASSWORD, "fullName", "Test Family"));
        if (created.status() != 201) {
            throw new AssertionError("registration answered " + created);
        }
        String token = DevMailbox.verificationToken(api, email);
        Api.Response verified = api.post("/api/v1/accounts/verify", Map.of("token", token));
        if (verified.status() != 200) {
            throw new AssertionError("verification answered " + verified);
        }
        return api.login(email, PASSWORD);
    }
}
