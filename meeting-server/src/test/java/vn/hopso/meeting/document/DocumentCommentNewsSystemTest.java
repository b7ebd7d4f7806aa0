package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.ApiClient.Upload;
import vn.hopso.meeting.support.TestS3;
import vn.hopso.meeting.support.WsClient;

/**
 * Góp ý reach those who see them live: a comment sent or answered puts {@code comments.changed} in the log of each
 * sitting that lists its document, for the staff, its author and, when it is visible to all, the delegates who may
 * read the document; never for a guest, nor for another delegate when it is private, nor for a delegate the
 * confidential document does not name. {@code commentsSeq} in a later snapshot is the last one each of them saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentCommentNewsSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-comment-news";
    private static final TestS3 S3 = TestS3.start();
    private static final String PAGE = "Điều 1. Mức thu phí tham quan là 50.000 đồng một lượt.";
    private static final Predicate<JsonNode> COMMENTS = frame -> frame.path("type").asString()
            .equals("comments.changed");
    private static final Predicate<JsonNode> DOCUMENTS = frame -> frame.path("type").asString()
            .equals("documents.changed");

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private SecretariatShelf shelf;
    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient author;
    private ApiClient other;
    private ApiClient guest;
    private TestUser authorUser;
    private String session;
    private String sitting;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Góp Ý Trực Tiếp");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        chair = login(fixtures().member(council, Role.CHAIR));
        authorUser = fixtures().member(council, Role.DELEGATE, "Nguyễn Thị Góp");
        author = login(authorUser);
        other = login(fixtures().member(council, Role.DELEGATE, "Trần Văn Ý"));
        guest = login(fixtures().member(council, Role.GUEST));
        shelf = new SecretariatShelf(secretariat, council);
        session = shelf.session();
        sitting = shelf.sitting(session, false);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void aPrivateCommentAndItsAnswerReachTheStaffAndItsAuthorOnlyAndOneVisibleToAllEveryDelegate() {
        String draft = shelf.document(sitting, "Dự thảo phí tham quan", "PUBLIC", null, PAGE);
        try (WsClient desk = WsClient.followingFromNow(secretariat, sitting);
                WsClient console = WsClient.followingFromNow(chair, sitting);
                WsClient mine = WsClient.followingFromNow(author, sitting);
                WsClient others = WsClient.followingFromNow(other, sitting);
                WsClient visitor = WsClient.followingFromNow(guest, sitting)) {
            JsonNode comment = sent(author, draft, false);
            JsonNode told = desk.next(COMMENTS);
            assertThat(told.propertyNames().stream().toList()).as("it names neither document nor comment")
                    .containsExactlyInAnyOrder("type", "sittingId", "seq", "at");
            long privateSeq = told.get("seq").asLong();
            assertThat(console.next(COMMENTS).get("seq").asLong()).isEqualTo(privateSeq);
            assertThat(mine.next(COMMENTS).get("seq").asLong()).isEqualTo(privateSeq);
            assertThat(commentsSeq(other)).as("another delegate does not learn of a private comment").isZero();

            ApiClient.Response answered = secretariat.put("/api/comments/" + comment.get("id").asString()
                    + "/answer", Map.of("state", "ACCEPTED", "answer", "Đã tiếp thu.", "version", 0));
            assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
            long answerSeq = mine.next(COMMENTS).get("seq").asLong();
            assertThat(answerSeq).isGreaterThan(privateSeq);
            assertThat(desk.next(COMMENTS).get("seq").asLong()).isEqualTo(answerSeq);

            sent(other, draft, true);
            long openSeq = others.next(COMMENTS).get("seq").asLong();
            assertThat(mine.next(COMMENTS).get("seq").asLong()).as("a comment visible to all reaches every delegate")
                    .isEqualTo(openSeq);
            assertThat(desk.next(COMMENTS).get("seq").asLong()).isEqualTo(openSeq);

            // Something every screen is told, after the comments: what came before it is all they were told.
            shelf.withdraw(shelf.document(sitting, "Tài liệu khác", "PUBLIC", null, "Trang"));
            assertThat(others.until(DOCUMENTS)).as("another delegate: nothing but the comment visible to all")
                    .noneMatch(COMMENTS);
            assertThat(visitor.until(DOCUMENTS)).as("a guest sees no comment").noneMatch(COMMENTS);

            assertThat(commentsSeq(secretariat)).isEqualTo(openSeq);
            assertThat(commentsSeq(chair)).isEqualTo(openSeq);
            assertThat(commentsSeq(author)).isEqualTo(openSeq);
            assertThat(commentsSeq(guest)).isZero();

            // Answering the private one again moves the author's and the staff's, not the other delegate's.
            ApiClient.Response again = secretariat.put("/api/comments/" + comment.get("id").asString() + "/answer",
                    Map.of("state", "EXPLAINED", "answer", "Giữ nguyên mức thu.", "version", 1));
            assertThat(again.status()).as(again.raw()).isEqualTo(200);
            long laterSeq = mine.next(COMMENTS).get("seq").asLong();
            assertThat(commentsSeq(author)).isEqualTo(laterSeq);
            assertThat(commentsSeq(other)).as("the last one the other delegate saw").isEqualTo(openSeq);
        }
    }

    @Test
    void aRefusedCommentTellsNoOne() {
        String draft = shelf.document(sitting, "Dự thảo bị từ chối", "DELEGATES", null, PAGE);
        long before = commentsSeq(secretariat);
        ApiClient.Response refused = author.post("/api/documents/" + draft + "/comments", Map.of("page", 1, "start",
                0, "quote", "Không có trên trang này", "text", "Góp ý", "visibleToAll", false));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(guest.post("/api/documents/" + draft + "/comments", Map.of("page", 1, "start", 0, "quote",
                "Mức thu phí", "text", "Góp ý", "visibleToAll", true)).status()).isIn(403, 404);
        assertThat(commentsSeq(secretariat)).isEqualTo(before);
    }

    @Test
    void aConfidentialDocumentsCommentVisibleToAllReachesOnlyTheDelegatesItNames() {
        String draft = shelf.document(sitting, "Hồ sơ mật", "DELEGATES", null, PAGE);
        shelf.named(draft, accountOf(authorUser));
        try (WsClient desk = WsClient.followingFromNow(secretariat, sitting);
                WsClient others = WsClient.followingFromNow(other, sitting)) {
            sent(author, draft, true);
            long seq = desk.next(COMMENTS).get("seq").asLong();
            shelf.withdraw(shelf.document(sitting, "Tài liệu sau", "PUBLIC", null, "Trang"));
            assertThat(others.until(DOCUMENTS)).as("a delegate the document does not name").noneMatch(COMMENTS);
            assertThat(commentsSeq(author)).isEqualTo(seq);
        }
    }

    @Test
    void aCommentOnADocumentOfTheWholeSessionIsToldInEachOfItsSittings() {
        String later = shelf.sitting(session, true);
        ApiClient.Response uploaded = secretariat.upload("/api/sittings/" + sitting + "/documents",
                Map.of("kind", "REFERENCE", "wholeSession", "true", "access", "DELEGATES"),
                List.of(new Upload("Chương trình kỳ họp.pdf", TestPdfs.text(PAGE))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        String programme = uploaded.body().get(0).get("documentId").asString();
        try (WsClient first = WsClient.followingFromNow(author, sitting);
                WsClient second = WsClient.followingFromNow(author, later)) {
            sent(author, programme, false);
            assertThat(first.next(COMMENTS).get("sittingId").asString()).isEqualTo(sitting);
            assertThat(second.next(COMMENTS).get("sittingId").asString()).isEqualTo(later);
        }
    }

    private static JsonNode sent(ApiClient client, String documentId, boolean visibleToAll) {
        ApiClient.Response response = client.post("/api/documents/" + documentId + "/comments", Map.of("page", 1,
                "start", 0, "quote", "Mức thu phí tham quan", "text", "Đề nghị xem lại mức thu.", "visibleToAll",
                visibleToAll));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    private long commentsSeq(ApiClient client) {
        ApiClient.Response view = client.get("/api/sittings/" + sitting + "/view");
        assertThat(view.status()).as(view.raw()).isEqualTo(200);
        return view.body().get("commentsSeq").asLong();
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }
}
