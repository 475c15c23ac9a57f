package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.inkwell.support.Api;
import org.inkwell.support.Families;
import org.inkwell.support.IntegrationTest;
import org.inkwell.support.PageForm;
import org.inkwell.support.TestFacility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A NUL character or half of a surrogate pair, anywhere in a request, is a 400 naming the field, and
 * never reaches the database (which refused the NUL with a 500 answer) or the password hash. What Tomcat
 * itself refuses (a malformed request line, header or path) is answered as problem+json too.
 */
class RefuseUnstorableTextTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void aLoneSurrogateInALoginPasswordIsRefusedNamingTheField() {
        Api.Response response = api().send("POST", "/api/v1/auth/token", "application/json",
                "{\"username\":\"family@example.org\",\"password\":\"demo\\uD800\"}");

        assertThat(fields(assertBadRequest(response))).containsExactly("password");
    }

    @Test
    void aLoneSurrogateInARegistrationIsRefusedNamingEachField() {
        String email = Families.newEmail();

        Api.Response response = api().send("POST", "/api/v1/accounts", "application/json",
                "{\"email\":\"" + email + "\",\"password\":\"a long passphrase \\uDC00 here\",\"fullName\":\"Ann \\uD800\"}");

        assertThat(fields(assertBadRequest(response))).containsExactlyInAnyOrder("password", "fullName");
        assertThat(api().post("/api/v1/auth/token", Map.of("username", email, "password", "a long passphrase  here"))
                .status()).as("no account was created").isEqualTo(401);
    }

    @Test
    void aSurrogatePairIsOrdinaryText() {
        Api.Response response = api().send("POST", "/api/v1/auth/token", "application/json",
                "{\"username\":\"nobody-\\uD83D\\uDE00@example.org\",\"password\":\"whatever it is\"}");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void nulDeepInAJsonBodyIsNamedByItsPath() {
        String admin = api().login("platform.admin", "demo-platform-pass");

        Api.Response response = api().as(admin).send("POST", "/api/v1/admin/agencies", "application/json",
                "{\"code\":\"OK\",\"name\":\"Fine\",\"extra\":{\"list\":[\"a\",\"b\\u0000\"]}}");

        assertThat(fields(assertBadRequest(response))).containsExactly("extra.list[1]");
    }

    @Test
    void nulInARosterCsvBodyIsRefused() {
        TestFacility facility = TestFacility.create(api(), Map.of());
        String number = unique("N").substring(0, 8);

        Api.Response response = api().as(facility.admin).send("POST", "/api/v1/staff/roster", "text/csv",
                "number,lastName,firstName,status,housingUnit\n" + number + ",Nul\u0000l,Test,IN_CUSTODY,A-1\n");

        assertThat(fields(assertBadRequest(response))).containsExactly("body");
    }

    @Test
    void nulInAFormFieldOfAPageIsRefused() {
        PageForm login = PageForm.open(api(), "/login", null);

        Api.Response response = login.post("/login", "username=family%40example.org%00&password=demo-family-pass");

        assertThat(fields(assertBadRequest(response))).containsExactly("username");
    }

    @Test
    void nulInAnUploadedRosterFileIsRefused() {
        TestFacility facility = TestFacility.create(api(), Map.of());
        PageForm roster = PageForm.open(api(), "/staff/roster", facility.admin);

        Api.Response response = roster.postFile("/staff/roster", "file", "roster.csv", "text/csv",
                "number,lastName,firstName,status,housingUnit\nZ9001,Nul\u0000l,Test,IN_CUSTODY,A-1\n");

        assertThat(fields(assertBadRequest(response))).containsExactly("file");
    }

    @Test
    void nulInAPathIsAProblemNotTomcatsPage() throws IOException {
        assertProblem(raw("GET /api/v1/facilities/%00 HTTP/1.1"), 400);
        assertProblem(raw("GET /%00 HTTP/1.1"), 400);
        assertProblem(raw("GET /facilities/x%00y HTTP/1.1"), 400);
    }

    @Test
    void malformedRequestsAreAProblemNotTomcatsPage() throws IOException {
        assertProblem(raw("GET /..;/ HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1/facilities/a|b{c} HTTP/1.1"), 400);
        assertProblem(raw("GET /api/v1/facilities HTTP/1.1", "Bad Header: x"), 400);
        assertProblem(raw("GET /api/v1/facilities HTTP/1.1", "X-Note: a\u0001b"), 400);
        assertProblem(raw("GET /../etc/passwd HTTP/1.1"), 400);
    }

    /** Bytes that would decode to half a surrogate pair are not UTF-8 at all: in a query or a path. */
    @Test
    void surrogateBytesInTheAddressAreRefused() throws IOException {
        assertThat(fields(assertBadRequest(api().get("/api/v1/facilities?q=a%ED%A0%80")))).containsExactly("q");
        assertThat(fields(assertBadRequest(api().get("/facilities?q=ok&lang=%ED%A0%80")))).containsExactly("lang");
        assertProblem(raw("GET /api/v1/facilities/A%ED%A0%80 HTTP/1.1"), 400);
    }

    private static JsonNode assertBadRequest(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValues("field").stream().map(JsonNode::asString).toList();
    }

    private static void assertProblem(String response, int status) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase();
        assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(response).contains("\"status\":" + status).doesNotContain("<html").doesNotContain("Tomcat");
    }

    /** A request as bytes on the wire, for what no HTTP client would send. */
    private String raw(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
