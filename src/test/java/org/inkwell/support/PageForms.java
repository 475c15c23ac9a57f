package org.inkwell.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Browser pages over plain HTTP, as a browser without scripts would use them: the session cookie of a
 * logged-in user, and each form posted with the CSRF token a page of ours handed out.
 */
public final class PageForms {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern XSRF_COOKIE = Pattern.compile("XSRF-TOKEN=([^;]+)");

    private final Api api;
    private final String session;

    /** {@code token}: the bearer token of a login, which is what the session cookie carries. */
    public PageForms(Api api, String token) {
        this.api = api;
        this.session = token;
    }

    public Api.Response get(String path) {
        return api.with("Cookie", "inkwell_session=" + session).get(path);
    }

    /** Posts the form fields to {@code path} with the CSRF token of {@code formPage}, a page showing a form. */
    public Api.Response post(String formPage, String path, Map<String, String> fields) {
        Api.Response page = get(formPage);
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (!field.find()) {
            throw new AssertionError(formPage + " shows no form with a CSRF token: " + page);
        }
        String cookie = xsrfCookie(formPage, page);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(field.group(1)) + (fields.isEmpty() ? "" : "&"), ""));
        return api.with("Cookie", "inkwell_session=" + session + "; XSRF-TOKEN=" + cookie)
                .send("POST", path, "application/x-www-form-urlencoded", body);
    }

    /** Uploads {@code content} as the file field of a multipart form, with the CSRF token of {@code formPage}. */
    public Api.Response postFile(String formPage, String path, String field, String filename, String content) {
        Api.Response page = get(formPage);
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError(formPage + " shows no form with a CSRF token: " + page);
        }
        String boundary = "----inkwell-test-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return api.with("Cookie", "inkwell_session=" + session + "; XSRF-TOKEN=" + xsrfCookie(formPage, page))
                .send("POST", path, "multipart/form-data; boundary=" + boundary, body);
    }

    private static String xsrfCookie(String formPage, Api.Response page) {
        return page.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .map(XSRF_COOKIE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError(formPage + " set no XSRF-TOKEN cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
