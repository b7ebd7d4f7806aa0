package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.document.Refusals.refused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
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

/**
 * A document replaced by a new version, through HTTP against PostgreSQL and an S3 endpoint: the history kept, a reader
 * told which pages changed since the version they read, their annotations carried to the same passages or left
 * detached on the old version, and every refusal leaving the document as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentVersionSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-versions";
    private static final TestS3 S3 = TestS3.start();
    private static final String COVER = "Dự thảo nghị quyết quy định mức thu phí tham quan";
    private static final String FEES = "Điều 1. Mức thu phí là 50.000 đồng mỗi lượt khách";
    private static final String EFFECT = "Điều 2. Nghị quyết có hiệu lực từ ngày 01 tháng 01 năm 2027";

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private SecretariatShelf shelf;
    private ApiClient secretariat;
    private ApiClient delegate;
    private ApiClient otherDelegate;
    private Map<String, ApiClient> others;
    private String sitting;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Bản Mới");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư Ký"));
        delegate = login(fixtures().member(council, Role.DELEGATE, "Phạm Thị Mai Anh"));
        otherDelegate = login(fixtures().member(council, Role.DELEGATE, "Đỗ Văn Bình"));
        others = new LinkedHashMap<>();
        others.put("chair", login(fixtures().member(council, Role.CHAIR)));
        others.put("delegate", delegate);
        others.put("site operator", login(fixtures().member(council, Role.SITE_OPERATOR)));
        others.put("guest", login(fixtures().member(council, Role.GUEST)));
        others.put("observer", login(fixtures().member(council, Role.OBSERVER)));
        others.put("ballot committee", login(fixtures().member(council, Role.BALLOT_COMMITTEE)));
        others.put("secretariat of another council",
                login(fixtures().member(fixtures().council("HĐND tỉnh Bên Cạnh"), Role.SECRETARIAT)));
        others.put("nobody signed in", new ApiClient(port));
        shelf = new SecretariatShelf(secretariat, council);
        sitting = shelf.sitting(shelf.session(), false);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void aReaderOfTheOldVersionSeesWhichPagesChangedAndTheirAnnotationsFollowTheText() throws Exception {
        String id = shelf.document(sitting, "Dự thảo mức phí", "DELEGATES", null, COVER, FEES, EFFECT);
        assertThat(delegate.getBytes("/api/documents/" + id + "/pages/2?width=160").status()).isEqualTo(200);
        JsonNode carried = made(delegate, id, 2, "50.000 đồng", "GREEN", "Cao so với tỉnh bạn");
        JsonNode gone = made(delegate, id, 3, "01 tháng 01 năm 2027", "PINK", "Sớm quá");
        JsonNode theirs = made(otherDelegate, id, 1, "mức thu phí", "YELLOW", "");

        // A page inserted before the fees, the effective date changed.
        ApiClient.Response replaced = replace(id, "Dự thảo mức phí (bản 2).pdf", TestPdfs.text(COVER,
                "Điều 1a. Miễn phí cho trẻ em dưới 6 tuổi", FEES, "Điều 2. Nghị quyết có hiệu lực từ ngày ký"));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        assertThat(replaced.body().get("version").asInt()).isEqualTo(2);
        assertThat(replaced.body().get("pages").asInt()).isEqualTo(4);
        assertThat(replaced.body().get("fileName").asString()).isEqualTo("Dự thảo mức phí (bản 2).pdf");

        JsonNode entry = delegate.get("/api/documents/" + id).body();
        assertThat(entry.get("version").asInt()).isEqualTo(2);
        assertThat(entry.get("readVersion").asInt()).isEqualTo(1);
        assertThat(entry.get("readByMe").asBoolean()).isFalse();
        assertThat(otherDelegate.get("/api/documents/" + id).body().get("readVersion").isNull()).isTrue();
        JsonNode changes = delegate.get("/api/documents/" + id + "/changes?since=1").body();
        assertThat(changes.get("since").asInt()).isEqualTo(1);
        assertThat(changes.get("version").asInt()).isEqualTo(2);
        assertThat(changes.get("changedPages").valueStream().map(JsonNode::asInt).toList()).containsExactly(2, 4);
        assertThat(delegate.get("/api/documents/" + id + "/changes?since=2").body().get("changedPages")).isEmpty();

        Map<String, JsonNode> mine = byId(delegate.get("/api/documents/" + id + "/annotations").body());
        JsonNode moved = mine.get(carried.get("id").asString());
        assertThat(moved.get("documentVersion").asInt()).isEqualTo(2);
        assertThat(moved.get("page").asInt()).isEqualTo(3);
        assertThat(moved.get("start").asInt()).isEqualTo(FEES.indexOf("50.000"));
        assertThat(moved.get("note").asString()).isEqualTo("Cao so với tỉnh bạn");
        JsonNode detached = mine.get(gone.get("id").asString());
        assertThat(detached.get("documentVersion").asInt()).as("its passage is no longer there").isEqualTo(1);
        assertThat(detached.get("page").asInt()).isEqualTo(3);
        assertThat(byId(otherDelegate.get("/api/documents/" + id + "/annotations").body())
                .get(theirs.get("id").asString()).get("documentVersion").asInt()).isEqualTo(2);

        ApiClient.Bytes copy = delegate.getBytes("/api/documents/" + id + "/annotated.pdf");
        assertThat(copy.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(copy.body())) {
            assertThat(pdf.getPage(2).getAnnotations()).singleElement()
                    .isInstanceOfSatisfying(PDAnnotationHighlight.class,
                            highlight -> assertThat(highlight.getContents()).isEqualTo("Cao so với tỉnh bạn"));
            assertThat(pdf.getPage(3).getAnnotations()).as("the detached one is not drawn on the new text").isEmpty();
        }

        assertThat(delegate.getBytes("/api/documents/" + id + "/pages/1?width=160").status()).isEqualTo(200);
        JsonNode read = delegate.get("/api/documents/" + id).body();
        assertThat(read.get("readVersion").asInt()).isEqualTo(2);
        assertThat(read.get("readByMe").asBoolean()).isTrue();
        assertThat(secretariat.get("/api/documents/" + id + "/reads").body().valueStream()
                .map(receipt -> receipt.get("version").asInt()).toList()).containsExactly(2, 1);
        JsonNode audit = jdbc.sql("select details::text from audit_log where action = 'document.version' and target_id = ?")
                .param(java.util.UUID.fromString(id)).query(String.class).list().stream()
                .map(text -> ApiClient.json().readTree(text)).findFirst().orElseThrow();
        assertThat(audit.get("version").asInt()).isEqualTo(2);
        assertThat(audit.get("annotationsCarried").asInt()).isEqualTo(2);
        assertThat(audit.get("annotationsDetached").asInt()).isEqualTo(1);
        assertThat(audit.toString()).doesNotContain("Cao so với", "Sớm quá");
    }

    @Test
    void theSameFileAgainChangesNoPageAndAScanIsAlwaysMarked() {
        byte[] same = TestPdfs.text(COVER, FEES);
        String id = shelf.document(sitting, "Cùng tệp", "DELEGATES", null, COVER, FEES);
        assertThat(replace(id, "Cùng tệp.pdf", same).status()).isEqualTo(201);
        assertThat(delegate.get("/api/documents/" + id + "/changes?since=1").body().get("changedPages")
                .valueStream().map(JsonNode::asInt).toList()).as("the same words on the same pages").isEmpty();
        assertThat(replace(id, "Bản quét.pdf", TestPdfs.scan()).status()).isEqualTo(201);
        assertThat(delegate.get("/api/documents/" + id + "/changes?since=2").body().get("changedPages")
                .valueStream().map(JsonNode::asInt).toList()).containsExactly(1);
    }

    @Test
    void onlyTheSecretariatReplacesAndABadFileAWithdrawnDocumentOrAnUnknownVersionChangeNothing() {
        String id = shelf.document(sitting, "Không đổi", "DELEGATES", null, COVER, FEES);
        byte[] next = TestPdfs.text(COVER, EFFECT);
        others.forEach((who, client) -> assertThat(replace(client, id, "Bản khác.pdf", next).status())
                .as("%s may not replace the document", who).isIn(401, 403, 404));
        refused(replace(id, "Hỏng.pdf", TestPdfs.truncated()), 422, "pdf_corrupt");
        refused(replace(id, "Có mật khẩu.pdf", TestPdfs.userPassword()), 422, "pdf_password");
        refused(replace(id, "Không phải PDF.pdf", TestPdfs.notPdf()), 422, "file_not_pdf");
        refused(replace(id, "   ", next), 400, "file_name_invalid");
        ApiClient.Response noFile = secretariat.upload("/api/documents/" + id + "/versions", Map.of(), "files",
                List.of(new Upload("Sai tên phần.pdf", next)));
        assertThat(noFile.status()).as(noFile.raw()).isEqualTo(400);
        for (String since : List.of("0", "2", "-1", "abc")) {
            ApiClient.Response unknown = delegate.get("/api/documents/" + id + "/changes?since=" + since);
            assertThat(unknown.status()).as("since=%s: %s", since, unknown.raw()).isEqualTo(400);
        }
        assertThat(others.get("guest").get("/api/documents/" + id + "/changes?since=1").status()).isEqualTo(403);

        shelf.withdraw(id);
        refused(replace(id, "Sau khi rút.pdf", next), 409, "document_withdrawn");
        JsonNode entry = secretariat.get("/api/documents/" + id).body();
        assertThat(entry.get("version").asInt()).isEqualTo(1);
        assertThat(entry.get("pages").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from document_versions where document_id = ?")
                .param(java.util.UUID.fromString(id)).query(Integer.class).single()).isEqualTo(1);
    }

    private ApiClient.Response replace(String id, String name, byte[] pdf) {
        return replace(secretariat, id, name, pdf);
    }

    private static ApiClient.Response replace(ApiClient client, String id, String name, byte[] pdf) {
        return client.upload("/api/documents/" + id + "/versions", Map.of(), "file", List.of(new Upload(name, pdf)));
    }

    private static JsonNode made(ApiClient client, String documentId, int page, String quote, String colour,
            String note) {
        ApiClient.Response made = client.post("/api/documents/" + documentId + "/annotations",
                Map.of("page", page, "start", 0, "quote", quote, "colour", colour, "note", note));
        assertThat(made.status()).as(made.raw()).isEqualTo(201);
        return made.body();
    }

    private static Map<String, JsonNode> byId(JsonNode annotations) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        annotations.valueStream().forEach(annotation -> found.put(annotation.get("id").asString(), annotation));
        return found;
    }
}
