package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every kind of bad request gets a problem+json answer with type, title, status and detail. */
class ProblemResponsesTest extends IntegrationTest {

    @Test
    void unknownPathIsNotFound() {
        assertProblem(api().get("/api/v1/no-such-thing"), 404);
        assertProblem(api().get("/nothing-here"), 404);
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        assertProblem(api().delete("/api/v1/facilities"), 405);
    }

    @Test
    void wrongMediaTypeIsUnsupported() {
        assertProblem(api().send("POST", "/api/v1/accounts", "text/plain", "email=x"), 415);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(api().send("POST", "/api/v1/accounts", "application/json", "{\"email\": "), 400);
        assertProblem(api().send("POST", "/api/v1/accounts", "application/json", ""), 400);
    }

    @Test
    void wrongTypeNamesTheField() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        Api.Response response = api().as(admin).send("POST", "/api/v1/admin/agencies", "application/json",
                "{\"code\": [1, 2], \"name\": \"x\"}");

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void validationListsEveryInvalidField() {
        String admin = api().login("platform.admin", "demo-platform-pass");

        JsonNode problem = assertProblem(api().as(admin).post("/api/v1/admin/agencies", java.util.Map.of("code", "!")), 400);

        assertThat(problem.get("errors").findValues("field").stream().map(JsonNode::asString).toList())
                .contains("code", "name");
    }

    @Test
    void badQueryParameterIsABadRequest() {
        String admin = api().login("platform.admin", "demo-platform-pass");
        assertProblem(api().as(admin).get("/api/v1/admin/audit?limit=lots"), 400);
        assertProblem(api().as(admin).get("/api/v1/admin/audit?limit=0"), 400);
    }

    @Test
    void missingTokenIsUnauthorizedAsAProblem() {
        Api.Response response = api().get("/api/v1/accounts/me");
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).contains("Bearer");
    }

    private static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }
}
