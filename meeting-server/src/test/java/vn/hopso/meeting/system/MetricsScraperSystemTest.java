package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hopso.meeting.support.ServerTest;

/** A Prometheus scraper reads /actuator/prometheus with the configured bearer token, and only with it. */
// A server with settings of its own: closed after this class, so it holds no connections while the others run.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MetricsScraperSystemTest extends ServerTest {

    private static final String TOKEN = "bi-mat-cua-prometheus-2026";

    @DynamicPropertySource
    static void token(DynamicPropertyRegistry registry) {
        registry.add("hopso.metrics.token", () -> TOKEN);
    }

    @Test
    void theScrapersTokenOpensTheMetricsAndNothingElse() throws Exception {
        assertThat(scrape("Bearer " + TOKEN).statusCode()).isEqualTo(200);
        assertThat(scrape("Bearer " + TOKEN).body()).contains("jvm_memory_used_bytes");
        assertThat(scrape("Bearer sai-" + TOKEN).statusCode()).isEqualTo(401);
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        try (HttpClient http = HttpClient.newHttpClient()) {
            var me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
