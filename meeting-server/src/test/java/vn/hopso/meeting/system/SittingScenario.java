package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.WsClient;

/** Builds a session, a sitting and agenda items through the REST API, as the secretariat would. */
final class SittingScenario {

    private final ApiClient secretariat;

    SittingScenario(ApiClient secretariat) {
        this.secretariat = secretariat;
    }

    String session(String organisationId) {
        var response = secretariat.post("/api/organisations/" + organisationId + "/sessions", Map.of(
                "name", "Kỳ họp thứ nhất", "number", 1, "startsOn", "2026-12-08", "endsOn", "2026-12-10"));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    String sitting(String sessionId, boolean closed) {
        Instant start = Instant.parse("2026-12-08T01:00:00Z");
        var response = secretariat.post("/api/sessions/" + sessionId + "/sittings", Map.of(
                "title", closed ? "Phiên họp kín" : "Phiên khai mạc", "startsAt", start.toString(),
                "endsAt", start.plus(3, ChronoUnit.HOURS).toString(), "place", "Hội trường", "closed", closed));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    JsonNode item(String sittingId, String title, boolean closed) {
        var response = secretariat.post("/api/sittings/" + sittingId + "/agenda", Map.of(
                "title", title, "presenter", "Giám đốc Sở Tài chính", "estimatedMinutes", 20, "closed", closed));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    /** The sitting's details as it now stands, with {@code closed} as given: an edit made from its current version. */
    Map<String, Object> sittingForm(JsonNode sitting, boolean closed) {
        return Map.of("title", sitting.get("title").asString(), "startsAt", sitting.get("startsAt").asString(),
                "endsAt", sitting.get("endsAt").asString(), "place", sitting.get("place").asString(), "closed", closed,
                "version", sitting.get("version").asLong());
    }

    /**
     * Opens the sitting over the WebSocket as the chair would, then (when {@code to} is given) moves from {@code from},
     * the first item, to {@code to}.
     */
    static void startAndGoTo(ApiClient chair, String sittingId, String from, String to) {
        try (WsClient console = WsClient.connect(chair)) {
            console.nextOfType("session.welcome");
            console.send("{\"type\":\"sitting.start\",\"ref\":\"start\",\"sittingId\":\"" + sittingId + "\"}");
            assertThat(console.next(f -> f.path("ref").asString().equals("start")).get("type").asString())
                    .isEqualTo("command.accepted");
            if (to != null) {
                console.send("{\"type\":\"agenda.goto\",\"ref\":\"go\",\"sittingId\":\"" + sittingId
                        + "\",\"itemId\":\"" + to + "\",\"fromItemId\":\"" + from + "\"}");
                assertThat(console.next(f -> f.path("ref").asString().equals("go")).get("type").asString())
                        .isEqualTo("command.accepted");
            }
        }
    }

    String publishedItem(String sittingId, String title) {
        String id = item(sittingId, title, false).get("id").asString();
        assertThat(secretariat.post("/api/agenda-items/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        return id;
    }
}
