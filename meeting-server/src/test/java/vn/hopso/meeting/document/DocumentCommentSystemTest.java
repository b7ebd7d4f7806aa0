package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.document.Refusals.fieldRefused;
import static vn.hopso.meeting.document.Refusals.refused;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
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
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;

/**
 * Góp ý through HTTP against PostgreSQL and an S3 endpoint: comments anchored to a passage found on its page, seen
 * exactly by those the access model allows, answered by the secretariat and the chair, and printed as the
 * consolidated report (bản tổng hợp ý kiến).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentCommentSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-comments";
    private static final TestS3 S3 = TestS3.start();
    private static final String PAGE_ONE = "Dự thảo Nghị quyết về mức thu phí tham quan";
    private static final String PAGE_TWO = "Điều 1. Mức thu phí là 50.000 đồng mỗi lượt khách";
    private static final String PAGE_THREE = "Điều 2. Hiệu lực thi hành từ ngày 01 tháng 01 năm 2027";

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private SecretariatShelf shelf;
    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient delegate;
    private ApiClient otherDelegate;
    private ApiClient guest;
    private ApiClient foreignDelegate;
    private ApiClient foreignSecretariat;
    private ApiClient systemAdmin;
    private ApiClient siteOperator;
    private ApiClient observer;
    private ApiClient ballotCommittee;
    private ApiClient anonymous;
    private TestUser delegateUser;
    private String session;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Góp Ý");
        Organisation other = fixtures().council("HĐND tỉnh Kế Bên");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT, "Lê Thị Thư Ký"));
        chair = login(fixtures().member(council, Role.CHAIR, "Võ Văn Chủ Tọa"));
        delegateUser = fixtures().member(council, Role.DELEGATE, "Nguyễn Thị Hồng Nhung");
        delegate = login(delegateUser);
        otherDelegate = login(fixtures().member(council, Role.DELEGATE, "Trần Văn Khoa"));
        guest = login(fixtures().member(council, Role.GUEST));
        foreignDelegate = login(fixtures().member(other, Role.DELEGATE));
        foreignSecretariat = login(fixtures().member(other, Role.SECRETARIAT));
        systemAdmin = login(fixtures().systemAdmin(fixtures().council("Văn phòng Quốc hội")));
        siteOperator = login(fixtures().member(council, Role.SITE_OPERATOR));
        observer = login(fixtures().member(council, Role.OBSERVER));
        ballotCommittee = login(fixtures().member(council, Role.BALLOT_COMMITTEE));
        anonymous = new ApiClient(port);
        shelf = new SecretariatShelf(secretariat, council);
        session = shelf.session();
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void aDelegateCommentsOnAPassageFoundOnItsPageAndOnlyTheSecretariatSeesItUnlessMadeVisibleToAll() {
        String id = draft("DELEGATES");
        ApiClient.Response page = delegate.get("/api/documents/" + id + "/pages/2/text");
        assertThat(page.status()).as(page.raw()).isEqualTo(200);
        assertThat(page.body().get("text").asString()).contains("Mức thu phí là 50.000 đồng");

        JsonNode sent = sent(delegate, id, comment(2, 9, "Mức thu phí\n là   50.000 đồng", "Đề nghị giảm còn 30.000 đồng.",
                false));
        assertThat(sent.get("page").asInt()).isEqualTo(2);
        assertThat(sent.get("quote").asString()).isEqualTo("Mức thu phí là 50.000 đồng");
        assertThat(sent.get("start").asInt()).isEqualTo(PAGE_TWO.indexOf("Mức thu phí"));
        assertThat(sent.get("state").asString()).isEqualTo("SENT");
        assertThat(sent.get("authorName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(sent.get("mine").asBoolean()).isTrue();
        assertThat(sent.get("visibleToAll").asBoolean()).isFalse();
        JsonNode open = sent(otherDelegate, id, comment(3, 0, "Hiệu lực thi hành", "Nên có hiệu lực sớm hơn.", true));

        assertThat(ids(delegate, id)).containsExactly(sent.get("id").asString(), open.get("id").asString());
        assertThat(ids(otherDelegate, id)).as("another delegate sees only what was made visible to all")
                .containsExactly(open.get("id").asString());
        JsonNode seenByOther = delegate.get("/api/documents/" + id + "/comments").body().get(1);
        assertThat(seenByOther.get("mine").asBoolean()).isFalse();
        assertThat(seenByOther.get("authorName").asString()).isEqualTo("Trần Văn Khoa");
        assertThat(ids(secretariat, id)).containsExactly(sent.get("id").asString(), open.get("id").asString());
        assertThat(ids(chair, id)).containsExactly(sent.get("id").asString(), open.get("id").asString());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'comment.send' and target_id = ?")
                .param(UUID.fromString(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void whoMayCommentAndSeeCommentsFollowsTheAccessModelExactly() {
        String delegates = draft("DELEGATES");
        String confidential = draft("DELEGATES");
        shelf.named(confidential, accountOf(delegateUser));
        String later = shelf.document(shelf.sitting(session, false), "Phát hành sau", "DELEGATES",
                "2099-01-01T00:00:00Z", PAGE_ONE);
        String closedSitting = shelf.document(shelf.sitting(session, true), "Trong phiên kín", "DELEGATES", null,
                PAGE_ONE);
        String forPublic = draft("PUBLIC");
        String withdrawn = draft("DELEGATES");
        sent(delegate, withdrawn, comment(1, 0, "Dự thảo", "Góp ý trước khi thu hồi.", true));
        shelf.withdraw(withdrawn);
        Map<String, Object> onPageOne = comment(1, 0, "Dự thảo Nghị quyết", "Ý kiến.", true);

        sent(delegate, confidential, onPageOne);
        refused(otherDelegate.post("/api/documents/" + confidential + "/comments", onPageOne), 403,
                "document_confidential");
        refused(otherDelegate.get("/api/documents/" + confidential + "/comments"), 403, "document_confidential");
        refused(delegate.post("/api/documents/" + later + "/comments", onPageOne), 403, "document_not_released");
        refused(delegate.post("/api/documents/" + withdrawn + "/comments", onPageOne), 403, "document_withdrawn");
        refused(delegate.get("/api/documents/" + withdrawn + "/comments"), 403, "document_withdrawn");
        assertThat(ids(secretariat, withdrawn)).as("the secretariat still sees what was sent").hasSize(1);
        sent(delegate, closedSitting, onPageOne);

        refused(guest.post("/api/documents/" + forPublic + "/comments", onPageOne), 403, "comment_delegates_only");
        refused(guest.post("/api/documents/" + delegates + "/comments", onPageOne), 403, "document_delegates_only");
        refused(guest.get("/api/documents/" + forPublic + "/comments"), 403, "comment_delegates_only");
        refused(guest.get("/api/documents/" + delegates + "/comments"), 403, "document_delegates_only");
        refused(guest.get("/api/documents/" + closedSitting + "/comments"), 404, "not_found");
        refused(secretariat.post("/api/documents/" + delegates + "/comments", onPageOne), 403,
                "comment_delegates_only");
        for (ApiClient foreign : List.of(foreignDelegate, foreignSecretariat)) {
            refused(foreign.post("/api/documents/" + delegates + "/comments", onPageOne), 404, "not_found");
            refused(foreign.get("/api/documents/" + confidential + "/comments"), 404, "not_found");
            assertThat(foreign.getBytes("/api/documents/" + confidential + "/comments/report.pdf").status())
                    .isEqualTo(404);
        }
        assertThat(countOn(delegates, confidential, later, closedSitting, forPublic, withdrawn))
                .as("nothing refused was kept").isEqualTo(3);
    }

    /**
     * Every comment call by every kind of caller on a document for delegates, written out by hand from
     * access/Permission.java and docs/PROTOCOL.md. Columns: system administrator, secretariat, chair, delegate, site
     * operator, guest, observer (hall display), ballot committee, another council's secretariat, nobody.
     */
    private static final String MATRIX = """
            call                 SYS SEC CHR DEL OPR GST OBS BAL B-SEC ANON
            GET  page-text       200 200 200 200 403 403 403 403 404   401
            POST comment         201 403 403 201 403 403 403 403 404   401
            GET  comments        200 200 200 200 403 403 403 403 404   401
            PUT  answer          200 200 200 403 404 404 404 404 404   401
            GET  report          200 200 200 403 403 403 403 403 404   401
            """;

    @Test
    void everyCommentCallByEveryKindOfCallerAnswersAsTheMatrixSaysAndARefusedOneKeepsNothing() {
        String id = draft("DELEGATES");
        String commentId = sent(otherDelegate, id, comment(2, 0, "Mức thu phí", "Ý kiến công khai.", true))
                .get("id").asString();
        List<ApiClient> callers = List.of(systemAdmin, secretariat, chair, delegate, siteOperator, guest, observer,
                ballotCommittee, foreignSecretariat, anonymous);
        List<String> lines = MATRIX.strip().lines().skip(1).toList();
        for (String line : lines) {
            String[] cells = line.trim().split("\\s+");
            for (int i = 0; i < callers.size(); i++) {
                int expected = Integer.parseInt(cells[i + 2]);
                int comments = countOn(id);
                long version = jdbc.sql("select version from document_comments where id = ?")
                        .param(UUID.fromString(commentId)).query(Long.class).single();
                ApiClient caller = callers.get(i);
                int status = switch (cells[1]) {
                    case "page-text" -> caller.get("/api/documents/" + id + "/pages/2/text").status();
                    case "comment" -> caller.post("/api/documents/" + id + "/comments",
                            comment(2, 0, "Mức thu phí", "Ý kiến thử.", false)).status();
                    case "comments" -> caller.get("/api/documents/" + id + "/comments").status();
                    case "answer" -> caller.put("/api/comments/" + commentId + "/answer",
                            answer("ACCEPTED", null, version)).status();
                    case "report" -> caller.getBytes("/api/documents/" + id + "/comments/report.pdf").status();
                    default -> throw new IllegalArgumentException(cells[1]);
                };
                assertThat(status).as("%s by %s", cells[1], MATRIX.lines().findFirst().orElseThrow().trim()
                        .split("\\s+")[i + 1]).isEqualTo(expected);
                if (status >= 400) {
                    assertThat(countOn(id)).isEqualTo(comments);
                    assertThat(jdbc.sql("select version from document_comments where id = ?")
                            .param(UUID.fromString(commentId)).query(Long.class).single()).isEqualTo(version);
                }
            }
        }
    }

    @Test
    void theSecretariatAndTheChairAnswerAcceptOrExplainAndTheAuthorSeesTheStateAndTheAnswer() {
        String id = draft("DELEGATES");
        JsonNode first = sent(delegate, id, comment(2, 0, "Mức thu phí", "Đề nghị giảm.", false));
        JsonNode second = sent(delegate, id, comment(3, 0, "Hiệu lực thi hành", "Đề nghị lùi lại.", false));
        String path = "/api/comments/" + first.get("id").asString() + "/answer";

        ApiClient.Response explained = secretariat.put(path, answer("EXPLAINED", "Mức thu đã được thẩm định.\nGiữ nguyên.",
                0));
        assertThat(explained.status()).as(explained.raw()).isEqualTo(200);
        refused(chair.put(path, answer("ACCEPTED", null, 0)), 409, "stale_version");
        ApiClient.Response accepted = chair.put("/api/comments/" + second.get("id").asString() + "/answer",
                answer("ACCEPTED", null, 0));
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);

        JsonNode mine = delegate.get("/api/documents/" + id + "/comments").body();
        assertThat(mine.get(0).get("state").asString()).isEqualTo("EXPLAINED");
        assertThat(mine.get(0).get("answer").asString()).isEqualTo("Mức thu đã được thẩm định.\nGiữ nguyên.");
        assertThat(mine.get(0).get("answeredByName").asString()).isEqualTo("Lê Thị Thư Ký");
        assertThat(mine.get(0).get("version").asLong()).isEqualTo(1);
        assertThat(mine.get(1).get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(mine.get(1).get("answer").isNull()).isTrue();

        fieldRefused(secretariat.put(path, answer("ANSWERED", null, 1)), "answer", "comment_answer_required");
        fieldRefused(secretariat.put(path, answer("EXPLAINED", "   ", 1)), "answer", "comment_answer_required");
        fieldRefused(secretariat.put(path, answer("SENT", "Trả lời", 1)), "state", "comment_state_not_an_answer");
        refused(delegate.put(path, answer("ACCEPTED", null, 1)), 403, "forbidden");
        refused(otherDelegate.put(path, answer("ACCEPTED", null, 1)), 404, "not_found");
        refused(foreignSecretariat.put(path, answer("ACCEPTED", null, 1)), 404, "not_found");
        refused(secretariat.put("/api/comments/" + UUID.randomUUID() + "/answer", answer("ACCEPTED", null, 0)), 404,
                "not_found");
        assertThat(delegate.get("/api/documents/" + id + "/comments").body().get(0).get("state").asString())
                .as("no refused answer changed it").isEqualTo("EXPLAINED");
    }

    @Test
    void badCommentsAreRefusedWithTheirReasonAndKeepNothing() {
        String id = draft("DELEGATES");
        String comments = "/api/documents/" + id + "/comments";

        fieldRefused(delegate.post(comments, comment(2, 0, "Điều 9", "Ý kiến.", false)), "quote",
                "comment_quote_not_on_page");
        fieldRefused(delegate.post(comments, comment(1, 0, "Mức thu phí", "Ý kiến.", false)), "quote",
                "comment_quote_not_on_page");
        fieldRefused(delegate.post(comments, comment(4, 0, "Điều 1", "Ý kiến.", false)), "page",
                "comment_page_out_of_range");
        fieldRefused(delegate.post(comments, comment(0, 0, "Điều 1", "Ý kiến.", false)), "page", "min");
        String withBlankPage = shelf.document(shelf.sitting(session, false), "Có trang trắng", "DELEGATES", null,
                PAGE_ONE, "");
        fieldRefused(delegate.post("/api/documents/" + withBlankPage + "/comments",
                comment(2, 0, "Điều 1", "Ý kiến.", false)), "page", "comment_page_without_text");
        fieldRefused(delegate.post(comments, comment(2, 0, "Điều 1", "", false)), "text", "not_blank");
        fieldRefused(delegate.post(comments, comment(2, 0, "Điều 1", " \n ", false)), "text", "not_blank");
        fieldRefused(delegate.post(comments, comment(2, 0, "", "Ý kiến.", false)), "quote", "not_blank");
        fieldRefused(delegate.post(comments, comment(2, 0, "Điều 1", "ý".repeat(4001), false)), "text", "size");
        fieldRefused(delegate.post(comments, comment(2, 0, "Điều 1", "Ý kiến\u0007", false)), "text", "text");
        fieldRefused(delegate.post(comments, comment(2, 0, "Điều 1\u202e", "Ý kiến.", false)), "quote", "text");
        assertThat(delegate.postRaw(comments, "{\"page\": 2, \"start\": 0, \"quote\": \"Điều 1\", \"text\": \"x\"}")
                .status()).as("visibleToAll must be said").isEqualTo(400);
        refused(delegate.post("/api/documents/" + UUID.randomUUID() + "/comments",
                comment(2, 0, "Điều 1", "Ý kiến.", false)), 404, "not_found");
        assertThat(delegate.post("/api/documents/x/comments", comment(2, 0, "Điều 1", "Ý kiến.", false)).status())
                .isEqualTo(400);
        refused(delegate.get("/api/documents/" + id + "/pages/4/text"), 404, "pdf_no_such_page");
        refused(delegate.get("/api/documents/" + id + "/pages/0/text"), 404, "pdf_no_such_page");
        assertThat(countOn(id, withBlankPage)).isZero();
        assertThat(sent(delegate, id, comment(2, 0, "Điều 1", "ý".repeat(4000), false)).get("text").asString())
                .hasSize(4000);
    }

    @Test
    void theReportIsAVietnamesePdfOfEveryCommentGroupedByPassageInPageOrderForTheSecretariatAndTheChairOnly()
            throws Exception {
        String id = draft("DELEGATES");
        JsonNode late = sent(delegate, id, comment(3, 0, "Hiệu lực thi hành", "Đề nghị lùi sang năm 2028.", false));
        JsonNode early = sent(otherDelegate, id, comment(2, 0, "Mức thu phí", "Đề nghị giảm mức thu.", true));
        JsonNode again = sent(delegate, id, comment(2, 0, "Mức thu phí", "Tán thành ý kiến giảm.", false));
        assertThat(secretariat.put("/api/comments/" + early.get("id").asString() + "/answer",
                answer("EXPLAINED", "Mức thu đã được Sở Tài chính thẩm định.", 0)).status()).isEqualTo(200);

        ApiClient.Bytes report = secretariat.getBytes("/api/documents/" + id + "/comments/report.pdf");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Type")).startsWith("application/pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(report.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            var resources = pdf.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        assertThat(text).contains("BẢN TỔNG HỢP Ý KIẾN GÓP Ý", "HĐND TỈNH GÓP Ý", "Số ý kiến: 3",
                "Nguyễn Thị Hồng Nhung", "Trần Văn Khoa", "Đề nghị giảm mức thu.", "Tán thành ý kiến giảm.",
                "Đề nghị lùi sang năm 2028.", "Trạng thái: Giải trình", "Trạng thái: Chưa trả lời",
                "Mức thu đã được Sở Tài chính thẩm định.", "Lê Thị Thư Ký", vietnamTime(early), vietnamTime(late));
        assertThat(text.indexOf("Trang 2: “Mức thu phí”")).as("page 2's passage first").isPositive()
                .isLessThan(text.indexOf("Trang 3: “Hiệu lực thi hành”"));
        assertThat(text.indexOf("Đề nghị giảm mức thu.")).as("in the order sent")
                .isLessThan(text.indexOf("Tán thành ý kiến giảm."))
                .isLessThan(text.indexOf("Đề nghị lùi sang năm 2028."));
        assertThat(text.indexOf("Trang 2:")).isEqualTo(text.lastIndexOf("Trang 2:"));
        assertThat(again.get("id").asString()).isNotBlank();

        assertThat(chair.getBytes("/api/documents/" + id + "/comments/report.pdf").status()).isEqualTo(200);
        assertThat(delegate.getBytes("/api/documents/" + id + "/comments/report.pdf").status()).isEqualTo(403);
        assertThat(guest.getBytes("/api/documents/" + id + "/comments/report.pdf").status()).isEqualTo(403);
    }

    private String draft(String access) {
        return shelf.document(shelf.sitting(session, false), "Dự thảo nghị quyết phí tham quan", access, null,
                PAGE_ONE, PAGE_TWO, PAGE_THREE);
    }

    private static Map<String, Object> comment(int page, int start, String quote, String text, boolean visibleToAll) {
        return Map.of("page", page, "start", start, "quote", quote, "text", text, "visibleToAll", visibleToAll);
    }

    private static Map<String, Object> answer(String state, String words, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("answer", words);
        body.put("version", version);
        return body;
    }

    private static JsonNode sent(ApiClient client, String documentId, Map<String, Object> comment) {
        ApiClient.Response response = client.post("/api/documents/" + documentId + "/comments", comment);
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private static List<String> ids(ApiClient client, String documentId) {
        ApiClient.Response response = client.get("/api/documents/" + documentId + "/comments");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().findValuesAsString("id");
    }

    private static String vietnamTime(JsonNode comment) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(Instant.parse(comment.get("sentAt").asString()).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private int countOn(String... documentIds) {
        return jdbc.sql("select count(*) from document_comments where document_id = any(?)")
                .param(java.util.Arrays.stream(documentIds).map(UUID::fromString).toArray(UUID[]::new))
                .query(Integer.class).single();
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }
}
