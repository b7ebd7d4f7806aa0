package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ApiClient.Upload;

/**
 * What the document system tests need the secretariat of one council to have made, through HTTP: sessions, open and
 * closed sittings, and text PDFs uploaded as documents with an access class, a release time and named readers.
 */
final class SecretariatShelf {

    private final ApiClient secretariat;
    private final Organisation council;

    SecretariatShelf(ApiClient secretariat, Organisation council) {
        this.secretariat = secretariat;
        this.council = council;
    }

    String session() {
        return created(secretariat.post("/api/organisations/" + council.id() + "/sessions", Map.of(
                "name", "Kỳ họp " + UUID.randomUUID(), "number", 11, "startsOn", "2026-12-08", "endsOn",
                "2026-12-10")));
    }

    String sitting(String session, boolean closed) {
        return created(secretariat.post("/api/sessions/" + session + "/sittings", Map.of(
                "title", closed ? "Phiên họp kín" : "Phiên họp công khai",
                "startsAt", closed ? "2026-12-09T01:00:00Z" : "2026-12-08T01:00:00Z",
                "endsAt", closed ? "2026-12-09T04:00:00Z" : "2026-12-08T04:00:00Z", "place", "Hội trường",
                "closed", closed)));
    }

    /** A text PDF of these pages, uploaded to the sitting and set to {@code access} from {@code releaseAt}. */
    String document(String sitting, String title, String access, String releaseAt, String... pages) {
        ApiClient.Response uploaded = secretariat.upload("/api/sittings/" + sitting + "/documents",
                Map.of("kind", "DRAFT_RESOLUTION"), List.of(new Upload(title + ".pdf", TestPdfs.text(pages))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        assertThat(uploaded.body().get(0).get("status").asString()).as(uploaded.raw()).isEqualTo("READY");
        String id = uploaded.body().get(0).get("documentId").asString();
        ApiClient.Response set = secretariat.put("/api/documents/" + id, settings(title, access, List.of(), releaseAt));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        return id;
    }

    /** Makes the document confidential, for these readers only. */
    void named(String id, UUID... readers) {
        String title = secretariat.get("/api/documents/" + id).body().get("title").asString();
        ApiClient.Response set = secretariat.put("/api/documents/" + id, settings(title, "CONFIDENTIAL",
                java.util.Arrays.stream(readers).map(UUID::toString).toList(), null));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
    }

    void withdraw(String id) {
        assertThat(secretariat.post("/api/documents/" + id + "/withdrawal", Map.of()).status()).isEqualTo(200);
    }

    static Map<String, Object> settings(String title, String access, List<String> readers, String releaseAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", "DRAFT_RESOLUTION");
        body.put("position", 1);
        body.put("access", access);
        body.put("readerIds", readers);
        body.put("releaseAt", releaseAt);
        body.put("downloadAllowed", true);
        body.put("printAllowed", true);
        return body;
    }

    static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
