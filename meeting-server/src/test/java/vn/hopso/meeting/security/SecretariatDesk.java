package vn.hopso.meeting.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;

/**
 * Prepares a council's objects through the REST API, as its secretariat would; fails loudly when it cannot, so a
 * permission test never runs against a target that was not made.
 */
final class SecretariatDesk {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ApiClient secretariat;
    private final UUID organisationId;

    SecretariatDesk(ApiClient secretariat, UUID organisationId) {
        this.secretariat = secretariat;
        this.organisationId = organisationId;
    }

    static int unique() {
        return COUNTER.incrementAndGet();
    }

    /** A JSON object body that, unlike {@link Map#of}, may hold nulls; keys and values alternate. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    String session() {
        return created(secretariat.post("/api/organisations/" + organisationId + "/sessions", body(
                "name", "Kỳ họp thứ " + unique(), "number", 1, "startsOn", "2026-12-08", "endsOn", "2026-12-10")));
    }

    String sitting(String sessionId, boolean closed) {
        return created(secretariat.post("/api/sessions/" + sessionId + "/sittings", body(
                "title", (closed ? "Phiên họp kín " : "Phiên họp ") + unique(), "startsAt", "2026-12-08T01:00:00Z",
                "endsAt", "2026-12-08T04:00:00Z", "place", "Hội trường", "closed", closed)));
    }

    String draftItem(String sittingId, boolean closed) {
        return created(secretariat.post("/api/sittings/" + sittingId + "/agenda", body(
                "title", "Tờ trình số " + unique(), "presenter", "Giám đốc Sở Tài chính", "estimatedMinutes", 20,
                "closed", closed)));
    }

    String publishedItem(String sittingId, boolean closed) {
        String id = draftItem(sittingId, closed);
        var published = secretariat.post("/api/agenda-items/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.raw()).isEqualTo(200);
        return id;
    }

    String delegation() {
        return created(secretariat.post("/api/organisations/" + organisationId + "/delegations",
                body("name", "Tổ đại biểu số " + unique())));
    }

    String site() {
        return created(secretariat.post("/api/organisations/" + organisationId + "/sites", body(
                "name", "Điểm cầu số " + unique(), "level", "DISTRICT", "parentId", null, "kind", "MEETING_ROOM",
                "operatorMembershipId", null)));
    }

    /** A new person with an account and one role; answers the {@code Member}, username included. */
    JsonNode member(Role role) {
        var response = secretariat.post("/api/organisations/" + organisationId + "/members", body(
                "fullName", "Trần Thị " + unique(), "title", null, "username", "nguoi-" + unique(),
                "password", "mat-khau-ban-dau", "role", role.name(), "delegationId", null));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    /** A one-page PDF uploaded as a document of the sitting; answers its id. */
    String document(String sittingId) {
        var response = secretariat.upload("/api/sittings/" + sittingId + "/documents", Map.of("kind", "SUBMISSION"),
                java.util.List.of(new ApiClient.Upload("Tờ trình thử.pdf", TestPdfs.text("Tờ trình thử"))));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().get(0).get("status").asString()).as(response.raw()).isEqualTo("READY");
        return response.body().get(0).get("documentId").asString();
    }

    /** A comment on the document's first page, sent by {@code author} (who must be allowed to comment). */
    String comment(String documentId, ApiClient author) {
        var response = author.post("/api/documents/" + documentId + "/comments", body("page", 1, "start", 0,
                "quote", "Tờ trình", "text", "Góp ý thử.", "visibleToAll", true));
        return created(response);
    }

    /** A private annotation by {@code author} on the first page of the document. */
    String annotation(String documentId, ApiClient author) {
        var response = author.post("/api/documents/" + documentId + "/annotations", body("page", 1, "start", 0,
                "quote", "Tờ trình", "colour", "YELLOW", "note", "Ghi chú thử."));
        return created(response);
    }

    JsonNode sittingState(String sittingId) {
        var response = secretariat.get("/api/sittings/" + sittingId);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
