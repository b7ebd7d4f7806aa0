package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ApiClient.Upload;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;
import vn.hopso.meeting.support.WsClient;

/**
 * A shelf is never left stale: adding, replacing, withdrawing a document or changing its settings puts
 * {@code documents.changed} in the log of each sitting that lists it (every sitting of its session for a document of
 * the whole session), live to those who follow, replayed to a screen that resumes, and as {@code documentsSeq} in a
 * later snapshot. The frame names no document; a refused upload announces nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentShelfNewsSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-shelf-news";
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private ApiClient secretariat;
    private ApiClient delegate;
    private String opening;
    private String closing;
    private String elsewhere;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Giá Sách");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        delegate = login(fixtures().member(council, Role.DELEGATE, "Lê Thị Kệ"));
        SittingScenario scenario = new SittingScenario(secretariat);
        String session = scenario.session(council.id().toString());
        opening = scenario.sitting(session, false);
        closing = scenario.sitting(session, false);
        ApiClient.Response other = secretariat.post("/api/organisations/" + council.id() + "/sessions", Map.of(
                "name", "Kỳ họp chuyên đề", "number", 2, "startsOn", "2026-12-20", "endsOn", "2026-12-20"));
        assertThat(other.status()).as(other.raw()).isEqualTo(201);
        elsewhere = scenario.sitting(other.body().get("id").asString(), false);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void eachChangeOfADocumentReachesTheShelvesOfTheSittingsThatListItAndOnlyThose() {
        try (WsClient first = subscribed(delegate, opening); WsClient second = subscribed(delegate, closing)) {
            String own = upload(opening, false, "Tờ trình của phiên khai mạc");
            JsonNode told = news(first);
            assertThat(fieldsOf(told)).as("it names no document").containsExactlyInAnyOrder("type", "sittingId",
                    "seq", "at");
            assertThat(told.get("sittingId").asString()).isEqualTo(opening);
            assertThat(documentsSeq(opening)).isEqualTo(told.get("seq").asLong());
            assertThat(documentsSeq(closing)).as("a document of another sitting only").isZero();

            String ofSession = upload(opening, true, "Chương trình kỳ họp");
            assertThat(news(first).get("seq").asLong()).isGreaterThan(told.get("seq").asLong());
            JsonNode inClosing = news(second);
            assertThat(inClosing.get("sittingId").asString()).isEqualTo(closing);
            assertThat(documentsSeq(closing)).isEqualTo(inClosing.get("seq").asLong());
            assertThat(documentsSeq(elsewhere)).as("another session").isZero();

            long beforeRefusal = documentsSeq(opening);
            ApiClient.Response refused = secretariat.upload("/api/sittings/" + opening + "/documents",
                    Map.of("kind", "REPORT"), List.of(new Upload("Không phải PDF.pdf", "chỉ là chữ".getBytes())));
            assertThat(refused.body().get(0).get("status").asString()).as(refused.raw()).isEqualTo("FAILED");
            assertThat(documentsSeq(opening)).as("a refused upload announces nothing").isEqualTo(beforeRefusal);

            settle(ofSession, "Chương trình kỳ họp (sửa đổi)");
            news(first);
            long settled = news(second).get("seq").asLong();
            assertThat(secretariat.post("/api/documents/" + ofSession + "/withdrawal", Map.of()).status())
                    .isEqualTo(200);
            news(first);
            assertThat(news(second).get("seq").asLong()).as("withdrawn").isGreaterThan(settled);

            ApiClient.Response replaced = secretariat.upload("/api/documents/" + own + "/versions", Map.of(), "file",
                    List.of(new Upload("Tờ trình bản 2.pdf", TestPdfs.text("Bản hai"))));
            assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
            assertThat(news(first).get("seq").asLong()).isEqualTo(documentsSeq(opening));
        }
        try (WsClient resumed = connected(delegate)) {
            resumed.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + closing + "\",\"afterSeq\":0}");
            List<JsonNode> replayed = resumed.until(frame -> frame.path("type").asString().equals("sitting.subscribed"));
            assertThat(replayed).as("replayed from the log")
                    .filteredOn(frame -> frame.path("type").asString().equals("documents.changed")).hasSize(3);
        }
    }

    private String upload(String sitting, boolean wholeSession, String title) {
        ApiClient.Response uploaded = secretariat.upload("/api/sittings/" + sitting + "/documents",
                Map.of("kind", "REPORT", "wholeSession", String.valueOf(wholeSession)),
                List.of(new Upload(title + ".pdf", TestPdfs.text(title))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        assertThat(uploaded.body().get(0).get("status").asString()).as(uploaded.raw()).isEqualTo("READY");
        return uploaded.body().get(0).get("documentId").asString();
    }

    private void settle(String id, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", "REFERENCE");
        body.put("position", 1);
        body.put("access", "DELEGATES");
        body.put("readerIds", List.of());
        body.put("releaseAt", null);
        body.put("downloadAllowed", true);
        body.put("printAllowed", true);
        ApiClient.Response set = secretariat.put("/api/documents/" + id, body);
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
    }

    private static JsonNode news(WsClient screen) {
        return screen.next(frame -> frame.path("type").asString().equals("documents.changed"));
    }

    private static List<String> fieldsOf(JsonNode frame) {
        return frame.propertyNames().stream().toList();
    }

    private long documentsSeq(String sitting) {
        ApiClient.Response view = delegate.get("/api/sittings/" + sitting + "/view");
        assertThat(view.status()).as(view.raw()).isEqualTo(200);
        return view.body().get("documentsSeq").asLong();
    }
}
