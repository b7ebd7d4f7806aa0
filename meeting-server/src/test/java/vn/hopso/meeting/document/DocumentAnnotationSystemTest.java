package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.document.Refusals.fieldRefused;
import static vn.hopso.meeting.document.Refusals.refused;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;

/**
 * Private annotations through HTTP against PostgreSQL and an S3 endpoint: a reader's highlights and notes, found on
 * their page, seen by nobody else (not the secretariat, not an administrator, not the audit log), reachable only while
 * the document is, and printed into their own watermarked annotated copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentAnnotationSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-annotations";
    private static final TestS3 S3 = TestS3.start();
    private static final String PAGE_ONE = "Tờ trình về dự toán ngân sách tỉnh năm 2027";
    private static final String PAGE_TWO = "Tổng thu ngân sách địa phương là 12.500 tỷ đồng";

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private SecretariatShelf shelf;
    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient delegate;
    private ApiClient otherDelegate;
    private ApiClient systemAdmin;
    private ApiClient siteOperator;
    private ApiClient guest;
    private ApiClient observer;
    private ApiClient ballotCommittee;
    private ApiClient foreignSecretariat;
    private ApiClient anonymous;
    private String session;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Ghi Chú");
        Organisation other = fixtures().council("HĐND tỉnh Láng Giềng");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư Ký"));
        chair = login(fixtures().member(council, Role.CHAIR));
        delegate = login(fixtures().member(council, Role.DELEGATE, "Phạm Thị Mai Anh"));
        otherDelegate = login(fixtures().member(council, Role.DELEGATE, "Đỗ Văn Bình"));
        systemAdmin = login(fixtures().systemAdmin(fixtures().council("Văn phòng Ghi Chú")));
        siteOperator = login(fixtures().member(council, Role.SITE_OPERATOR));
        guest = login(fixtures().member(council, Role.GUEST));
        observer = login(fixtures().member(council, Role.OBSERVER));
        ballotCommittee = login(fixtures().member(council, Role.BALLOT_COMMITTEE));
        foreignSecretariat = login(fixtures().member(other, Role.SECRETARIAT));
        anonymous = new ApiClient(port);
        shelf = new SecretariatShelf(secretariat, council);
        session = shelf.session();
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void aReaderHighlightsAPassageWithANoteEditsAndRemovesItAndNobodyElseEverSeesIt() {
        String id = document("DELEGATES");
        JsonNode made = made(delegate, id, annotation(2, 20, "12.500 tỷ\n đồng", "PINK", "  Hỏi Sở Tài chính  "));
        assertThat(made.get("page").asInt()).isEqualTo(2);
        assertThat(made.get("quote").asString()).isEqualTo("12.500 tỷ đồng");
        assertThat(made.get("start").asInt()).isEqualTo(PAGE_TWO.indexOf("12.500"));
        assertThat(made.get("note").asString()).isEqualTo("Hỏi Sở Tài chính");
        assertThat(made.get("colour").asString()).isEqualTo("PINK");
        assertThat(made.get("documentVersion").asInt()).isEqualTo(1);
        JsonNode plain = made(delegate, id, annotation(1, 0, "Tờ trình", "YELLOW", null));
        assertThat(plain.get("note").asString()).isEmpty();
        made(otherDelegate, id, annotation(1, 0, "ngân sách", "GREEN", "Của người khác"));

        assertThat(ids(delegate, id)).containsExactly(plain.get("id").asString(), made.get("id").asString());
        for (ApiClient other : List.of(otherDelegate, secretariat, chair, systemAdmin)) {
            assertThat(ids(other, id)).doesNotContain(made.get("id").asString(), plain.get("id").asString());
        }
        String path = "/api/annotations/" + made.get("id").asString();
        for (ApiClient other : List.of(otherDelegate, secretariat, systemAdmin)) {
            refused(other.put(path, edit("BLUE", "Sửa hộ", 0)), 404, "not_found");
            refused(other.delete(path), 404, "not_found");
        }
        ApiClient.Response edited = delegate.put(path, edit("BLUE", "Hỏi Sở Tài chính về nguồn thu đất", 0));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(edited.body().get("version").asLong()).isEqualTo(1);
        assertThat(edited.body().get("colour").asString()).isEqualTo("BLUE");
        refused(delegate.put(path, edit("YELLOW", "Bản cũ", 0)), 409, "stale_version");
        assertThat(delegate.get("/api/documents/" + id + "/annotations").body().get(1).get("note").asString())
                .isEqualTo("Hỏi Sở Tài chính về nguồn thu đất");

        assertThat(delegate.delete(path).status()).isEqualTo(204);
        refused(delegate.delete(path), 404, "not_found");
        assertThat(ids(delegate, id)).containsExactly(plain.get("id").asString());
        assertThat(jdbc.sql("""
                select count(*) from audit_log
                 where action like '%annotation%' or details::text like '%Sở Tài chính%' or details::text like ?""")
                .param("%" + made.get("id").asString() + "%").query(Integer.class).single())
                .as("nothing of a private note reaches the audit log").isZero();
    }

    @Test
    void theAnnotatedCopyCarriesTheReadersHighlightsNotesAndWatermarkAndNobodyElses() throws Exception {
        String id = document("DELEGATES");
        made(delegate, id, annotation(2, 0, "Tổng thu ngân sách", "GREEN", "Cao hơn năm 2026"));
        made(otherDelegate, id, annotation(1, 0, "Tờ trình", "YELLOW", "Ghi chú của Bình"));

        ApiClient.Bytes copy = delegate.getBytes("/api/documents/" + id + "/annotated.pdf");
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.header("Content-Type")).startsWith("application/pdf");
        assertThat(copy.header("Content-Disposition")).contains("attachment");
        try (PDDocument pdf = Loader.loadPDF(copy.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getPage(0).getAnnotations()).as("another reader's highlight is not in it").isEmpty();
            assertThat(pdf.getPage(1).getAnnotations()).singleElement()
                    .isInstanceOfSatisfying(PDAnnotationHighlight.class,
                            highlight -> assertThat(highlight.getContents()).isEqualTo("Cao hơn năm 2026"));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ghi chú của Phạm Thị Mai Anh — Tài liệu ghi chú",
                    "Trang 2: “Tổng thu ngân sách”", "Ghi chú: Cao hơn năm 2026")
                    .doesNotContain("Ghi chú của Bình");
            PDFTextStripper listing = new PDFTextStripper();
            listing.setStartPage(3);
            listing.setEndPage(3);
            assertThat(listing.getText(pdf)).as("the listing is watermarked too").contains("Phạm Thị Mai Anh · Đại biểu số");
        }

        String readOnly = document("DELEGATES");
        Map<String, Object> settings = SecretariatShelf.settings("Chỉ xem", "DELEGATES", List.of(), null);
        settings.put("downloadAllowed", false);
        assertThat(secretariat.put("/api/documents/" + readOnly, settings).status()).isEqualTo(200);
        refused(delegate.get("/api/documents/" + readOnly + "/annotated.pdf"), 403,
                "document_download_not_allowed");
    }

    @Test
    void annotationsFollowTheDocumentsAccessAndBadOnesAreRefusedKeepingNothing() {
        String id = document("DELEGATES");
        String annotations = "/api/documents/" + id + "/annotations";
        fieldRefused(delegate.post(annotations, annotation(2, 0, "Điều 9", "YELLOW", null)), "quote",
                "annotation_quote_not_on_page");
        fieldRefused(delegate.post(annotations, annotation(3, 0, "Tờ trình", "YELLOW", null)), "page",
                "annotation_page_out_of_range");
        String withBlankPage = shelf.document(shelf.sitting(session, false), "Có trang trắng", "DELEGATES", null,
                PAGE_ONE, "");
        fieldRefused(delegate.post("/api/documents/" + withBlankPage + "/annotations",
                annotation(2, 0, "Tờ trình", "YELLOW", null)), "page", "annotation_page_without_text");
        fieldRefused(delegate.post(annotations, annotation(1, 0, "Tờ trình", "YELLOW", "ý".repeat(2001))), "note",
                "size");
        fieldRefused(delegate.post(annotations, annotation(1, 0, "Tờ trình", "YELLOW", "Ghi\u0007chú")), "note",
                "text");
        fieldRefused(delegate.post(annotations, annotation(1, 0, "", "YELLOW", null)), "quote", "not_blank");
        assertThat(delegate.post(annotations, annotation(1, 0, "Tờ trình", "RED", null)).status())
                .as("a colour not on the list").isEqualTo(400);
        assertThat(delegate.postRaw(annotations, "{\"page\": 1, \"start\": 0, \"quote\": \"Tờ trình\"}").status())
                .as("the colour must be said").isEqualTo(400);
        refused(delegate.post("/api/documents/" + UUID.randomUUID() + "/annotations",
                annotation(1, 0, "Tờ trình", "YELLOW", null)), 404, "not_found");
        assertThat(countOn(id, withBlankPage)).isZero();

        JsonNode kept = made(delegate, id, annotation(1, 0, "Tờ trình", "YELLOW", "Trước khi thu hồi"));
        shelf.withdraw(id);
        refused(delegate.get(annotations), 403, "document_withdrawn");
        refused(delegate.put("/api/annotations/" + kept.get("id").asString(), edit("BLUE", "Sau", 0)), 404,
                "not_found");
        assertThat(countOn(id)).as("kept, though out of reach while the document is withdrawn").isEqualTo(1);
    }

    /**
     * Every annotation call by every kind of caller on a document for delegates, written out by hand from
     * access/Permission.java and docs/PROTOCOL.md. Columns: system administrator, secretariat, chair, delegate, site
     * operator, guest, observer (hall display), ballot committee, another council's secretariat, nobody. The edit
     * and the removal are of the delegate's own annotation.
     */
    private static final String MATRIX = """
            call              SYS SEC CHR DEL OPR GST OBS BAL B-SEC ANON
            GET  annotations  200 200 200 200 403 403 403 403 404   401
            POST annotation   201 201 201 201 403 403 403 403 404   401
            PUT  annotation   404 404 404 200 404 404 404 404 404   401
            GET  copy         200 200 200 200 403 403 403 403 404   401
            DEL  annotation   404 404 404 204 404 404 404 404 404   401
            """;

    @Test
    void everyAnnotationCallByEveryKindOfCallerAnswersAsTheMatrixSays() {
        String id = document("DELEGATES");
        String own = made(delegate, id, annotation(1, 0, "Tờ trình", "YELLOW", "Của đại biểu")).get("id").asString();
        List<ApiClient> callers = List.of(systemAdmin, secretariat, chair, delegate, siteOperator, guest, observer,
                ballotCommittee, foreignSecretariat, anonymous);
        String[] heads = MATRIX.lines().findFirst().orElseThrow().trim().split("\\s+");
        for (String line : MATRIX.strip().lines().skip(1).toList()) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < callers.size(); i++) {
                ApiClient caller = callers.get(i);
                long version = jdbc.sql("select coalesce(max(version), 0) from document_annotations where id = ?")
                        .param(UUID.fromString(own)).query(Long.class).single();
                int status = switch (cells[0] + " " + cells[1]) {
                    case "GET annotations" -> caller.get("/api/documents/" + id + "/annotations").status();
                    case "POST annotation" -> caller.post("/api/documents/" + id + "/annotations",
                            annotation(2, 0, "Tổng thu", "GREEN", null)).status();
                    case "PUT annotation" -> caller.put("/api/annotations/" + own, edit("PINK", "Sửa", version))
                            .status();
                    case "GET copy" -> caller.getBytes("/api/documents/" + id + "/annotated.pdf").status();
                    case "DEL annotation" -> caller.delete("/api/annotations/" + own).status();
                    default -> throw new IllegalArgumentException(line);
                };
                assertThat(status).as("%s %s by %s", cells[0], cells[1], heads[i + 1])
                        .isEqualTo(Integer.parseInt(cells[i + 2]));
            }
        }
        assertThat(jdbc.sql("select author_id from document_annotations where document_id = ?")
                .param(UUID.fromString(id)).query(UUID.class).list()).as("one made by each who may").hasSize(4)
                .doesNotHaveDuplicates();
    }

    private String document(String access) {
        return shelf.document(shelf.sitting(session, false), "Tài liệu ghi chú", access, null, PAGE_ONE, PAGE_TWO);
    }

    private static Map<String, Object> annotation(int page, int start, String quote, String colour, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", page);
        body.put("start", start);
        body.put("quote", quote);
        body.put("colour", colour);
        body.put("note", note);
        return body;
    }

    private static Map<String, Object> edit(String colour, String note, long version) {
        return Map.of("colour", colour, "note", note, "version", version);
    }

    private static JsonNode made(ApiClient client, String documentId, Map<String, Object> annotation) {
        ApiClient.Response response = client.post("/api/documents/" + documentId + "/annotations", annotation);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private static List<String> ids(ApiClient client, String documentId) {
        ApiClient.Response response = client.get("/api/documents/" + documentId + "/annotations");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().findValuesAsString("id");
    }

    private int countOn(String... documentIds) {
        return jdbc.sql("select count(*) from document_annotations where document_id = any(?)")
                .param(java.util.Arrays.stream(documentIds).map(UUID::fromString).toArray(UUID[]::new))
                .query(Integer.class).single();
    }
}
