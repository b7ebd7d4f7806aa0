package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;

class OperationsSystemTest extends ServerTest {

    @Test
    void anyoneLearnsWhetherTheServerIsUpOnlyASystemAdministratorSeesItsComponents() {
        var council = fixtures().council("HĐND tỉnh Vận Hành");
        try (ApiClient anonymous = new ApiClient(port); ApiClient delegate = login(fixtures().member(council, Role.DELEGATE));
                ApiClient admin = login(fixtures().systemAdmin(council))) {
            for (ApiClient notAdmin : new ApiClient[] {anonymous, delegate}) {
                JsonNode health = notAdmin.get("/actuator/health").body();
                assertThat(health.get("status").asString()).isEqualTo("UP");
                assertThat(health.propertyNames()).doesNotContain("components", "details");
            }
            JsonNode health = admin.get("/actuator/health").body();
            assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void prometheusExposesTheRealtimeMetricsToASystemAdministratorOnly() {
        var council = fixtures().council("HĐND tỉnh Đo Đếm");
        try (ApiClient anonymous = new ApiClient(port); ApiClient delegate = login(fixtures().member(council, Role.DELEGATE));
                ApiClient secretariat = login(fixtures().member(council, Role.ADMIN));
                ApiClient admin = login(fixtures().systemAdmin(council))) {
            assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
            assertThat(delegate.get("/actuator/prometheus").status()).isEqualTo(403);
            assertThat(secretariat.get("/actuator/prometheus").status()).isEqualTo(403);
            var metrics = admin.get("/actuator/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.raw()).contains("hopso_realtime_connections", "hopso_sitting_events_total",
                    "jvm_memory_used_bytes", "hikaricp_connections");
        }
    }

    @Test
    void theOpenApiDescriptionListsThePublishedEndpoints() {
        try (ApiClient anonymous = new ApiClient(port)) {
            JsonNode api = anonymous.get("/v3/api-docs").body();
            assertThat(api.get("openapi").asString()).startsWith("3.");
            assertThat(api.get("paths").propertyNames()).contains("/api/auth/login", "/api/me",
                    "/api/sittings/{id}/view", "/api/sittings/{id}/agenda", "/api/agenda-items/{itemId}/publish",
                    "/api/organisations/{organisationId}/members", "/api/audit");
            assertThat(api.get("components").get("schemas").propertyNames()).contains("SittingView", "AgendaItem",
                    "ApiError").doesNotContain("Actor");
        }
    }

    @Test
    void otherActuatorEndpointsNeedALogin() {
        try (ApiClient anonymous = new ApiClient(port)) {
            assertThat(anonymous.get("/actuator/env").status()).isIn(401, 404);
            assertThat(anonymous.get("/api/me").status()).isEqualTo(401);
        }
    }
}
