package org.inkwell.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the running service over real HTTP, as kiosk software or a phone app would be. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final Map<String, String> headers;

    /**
     * Sends {@code X-Forwarded-For} with an address of this client's own, as a user behind a reverse
     * proxy would arrive: a service that trusts the test client as its proxy (IntegrationTest does)
     * counts failed logins per client rather than for the whole test run. {@link #from} picks the address.
     */
    public Api(String baseUrl) {
        this(baseUrl, Map.of("X-Forwarded-For", randomAddress()));
    }

    private Api(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /** The service this client calls. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The same client sending {@code Authorization: Bearer <token>}. */
    public Api as(String token) {
        return with("Authorization", "Bearer " + token);
    }

    public Api with(String header, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(header, value);
        return new Api(baseUrl, copy);
    }

    /** The same client arriving from this address (through the trusted proxy). */
    public Api from(String address) {
        return with("X-Forwarded-For", address);
    }

    /** An address in 10.0.0.0/8, different for every client. */
    public static String randomAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, "application/json", body == null ? null : JSON.writeValueAsString(body));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, "application/json", body == null ? null : JSON.writeValueAsString(body));
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends a body exactly as given (malformed JSON, CSV, the wrong media type). */
    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends raw bytes (an image) as the body, with its length announced. */
    public Response sendBytes(String method, String path, String contentType, byte[] body) {
        return sendBody(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** The same in chunks, without announcing a length, as a client streaming a file does. */
    public Response sendChunked(String method, String path, String contentType, byte[] body) {
        return sendBody(method, path, contentType,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
    }

    private Response sendBody(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET of a binary body (an image); a problem comes back as its JSON bytes. */
    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in with username and password; answers the bearer token. */
    public String login(String username, String password) {
        Response response = post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + username + " answered " + response);
        }
        return response.json().get("token").asString();
    }

    public String loginInmate(String facility, String number, String pin) {
        Response response = post("/api/v1/auth/token", Map.of("facility", facility, "inmateNumber", number, "pin", pin));
        if (response.status() != 200) {
            throw new AssertionError("kiosk login of " + facility + "/" + number + " answered " + response);
        }
        return response.json().get("token").asString();
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
