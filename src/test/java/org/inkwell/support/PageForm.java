package org.inkwell.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits a form of a page as a browser would, without one: opens the page with the session cookie,
 * takes the form's CSRF field and the CSRF cookie, and posts the fields with them.
 */
public final class PageForm {

    private static final Pattern CSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    private PageForm() {
    }

    /** Posts {@code fields} (form-encoded) to the form of {@code page} whose action is {@code action}. */
    public static Api.Response submit(Api api, String session, String page, String action, String fields) {
        Api.Response shown = api.with("Cookie", "inkwell_session=" + session).get(page);
        Matcher field = Pattern.compile("action=\"" + Pattern.quote(action)
                + "\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"").matcher(shown.body());
        if (!field.find()) {
            throw new AssertionError("no form posting to " + action + " on " + page + ": " + shown);
        }
        Matcher cookie = CSRF_COOKIE.matcher(shown.header("Set-Cookie").orElse(""));
        if (!cookie.find()) {
            throw new AssertionError("no CSRF cookie from " + page);
        }
        return api.with("Cookie", "inkwell_session=" + session + "; XSRF-TOKEN=" + cookie.group(1))
                .send("POST", action, "application/x-www-form-urlencoded",
                        (fields.isEmpty() ? "" : fields + "&") + "_csrf=" + field.group(1));
    }
}
