package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.inkwell.support.Api;
import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class OperationsEndpointsTest extends IntegrationTest {

    @Test
    void healthIsUp() {
        Api.Response health = api().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsAreServedToAPlatformAdmin() {
        Api.Response metrics = api().as(api().login("platform.admin", "demo-platform-pass")).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests").contains("hikaricp_connections");
    }

    @Test
    void prometheusMetricsAreServedToTheScrapeToken() {
        Api.Response metrics = api().as(IntegrationTest.SCRAPE_TOKEN).get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    @Test
    void prometheusMetricsAreClosedToEveryoneElse() {
        assertThat(api().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api().as(IntegrationTest.SCRAPE_TOKEN + "x").get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api().as(api().login("family@example.org", "demo-family-pass")).get("/actuator/prometheus").status())
                .isEqualTo(403);
        assertThat(api().as(api().login("admin.north", "demo-admin-pass")).get("/actuator/prometheus").status())
                .isEqualTo(403);
    }

    @Test
    void otherActuatorEndpointsAreClosed() {
        assertThat(api().get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(api().get("/actuator/heapdump").status()).isIn(401, 403, 404);
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Response docs = api().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/facilities/{code}")).isTrue();
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
