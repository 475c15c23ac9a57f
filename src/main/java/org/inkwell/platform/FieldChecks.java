package org.inkwell.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

/**
 * Runs a form's field checks one after another and keeps every field refusal instead of stopping at the
 * first, so a person sees all that is wrong with the form at once (GOV.UK's "check all fields" pattern).
 * A refusal that is not about a field's value (a conflict, a missing permission) is thrown at once.
 *
 * <pre>
 * FieldChecks checks = new FieldChecks();
 * String name = checks.check(() -> PersonNames.require("fullName", fullName, 80));
 * checks.check(() -> policy.check("password", password));
 * checks.done();
 * </pre>
 */
public final class FieldChecks {

    private final List<ApiException> refusals = new ArrayList<>();

    /** The check's value, or null when it refused (the refusal is kept for {@link #done()}). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (ApiException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
            refusals.add(refused);
            return null;
        }
    }

    public void check(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Throws every field refusal kept so far as one, if there was any. */
    public void done() {
        if (!refusals.isEmpty()) {
            throw ApiException.together(refusals);
        }
    }
}
