package org.inkwell.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser form sent over plain HTTP: the page is opened first for its CSRF cookie and the masked token
 * in its hidden field, both sent back with the post, as a browser would.
 */
public final class PageForm {

    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Api api;
    private final String cookies;
    private final String token;

    private PageForm(Api api, String cookies, String token) {
        this.api = api;
        this.cookies = cookies;
        this.token = token;
    }

    /** Opens the page, logged in with the session token when there is one. */
    public static PageForm open(Api api, String path, String session) {
        Api page = session == null ? api : api.with("Cookie", "inkwell_session=" + session);
        Api.Response response = page.get(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response);
        }
        String csrfCookie = cookie(response, "XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        Matcher hidden = HIDDEN_TOKEN.matcher(response.body());
        if (!hidden.find()) {
            throw new AssertionError("no _csrf field on " + path);
        }
        String cookies = "XSRF-TOKEN=" + csrfCookie + (session == null ? "" : "; inkwell_session=" + session);
        return new PageForm(api.with("Cookie", cookies), cookies, hidden.group(1));
    }

    /** The value a response sets for a cookie (empty when it sets none; "" when it deletes it). */
    public static Optional<String> cookie(Api.Response response, String name) {
        return response.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    /** The raw CSRF token the page handed out (its cookie). */
    public String csrfCookie() {
        return cookies.substring("XSRF-TOKEN=".length()).split(";")[0];
    }

    /** Posts URL-encoded fields (already encoded), with the CSRF token. */
    public Api.Response post(String path, String encodedFields) {
        return api.send("POST", path, "application/x-www-form-urlencoded", "_csrf=" + encode(token) + "&" + encodedFields);
    }

    /** Posts the fields, URL-encoded here, with the CSRF token. */
    public Api.Response post(String path, java.util.Map<String, String> fields) {
        return post(path, fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&")));
    }

    /** Posts one file as multipart/form-data, with the CSRF token. */
    public Api.Response postFile(String path, String field, String fileName, String contentType, String content) {
        String boundary = "----inkwell" + UUID.randomUUID().toString().replace("-", "");
        String body = String.join("\r\n", List.of(
                "--" + boundary,
                "Content-Disposition: form-data; name=\"_csrf\"",
                "",
                token,
                "--" + boundary,
                "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"",
                "Content-Type: " + contentType,
                "",
                content,
                "--" + boundary + "--",
                ""));
        return api.send("POST", path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** A file of a multipart form: its field, the name the browser gives, its type and bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /**
     * Posts text fields (a name may repeat) and binary files as multipart/form-data, as a browser sends a
     * form with a file field, with the CSRF token.
     */
    public Api.Response postMultipart(String path, List<Map.Entry<String, String>> fields, List<FilePart> files) {
        String boundary = "----inkwell" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Map.Entry<String, String>> all = new ArrayList<>(List.of(Map.entry("_csrf", token)));
        all.addAll(fields);
        for (Map.Entry<String, String> field : all) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.sendBytes("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
