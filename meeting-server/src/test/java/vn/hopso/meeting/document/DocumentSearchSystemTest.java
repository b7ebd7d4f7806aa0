package vn.hopso.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Searching a session's documents through HTTP against PostgreSQL and an S3 endpoint: diacritics and case do not
 * matter, and what the caller may not open is never found, not even its title.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSearchSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-search";
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private Organisation council;
    private ApiClient secretariat;
    private ApiClient delegate;
    private ApiClient otherDelegate;
    private ApiClient guest;
    private ApiClient foreignDelegate;
    private TestUser delegateUser;
    private SecretariatShelf shelf;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        council = fixtures().council("HĐND tỉnh Tìm Kiếm");
        Organisation other = fixtures().council("HĐND tỉnh Láng Giềng");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        delegateUser = fixtures().member(council, Role.DELEGATE);
        delegate = login(delegateUser);
        otherDelegate = login(fixtures().member(council, Role.DELEGATE));
        guest = login(fixtures().member(council, Role.GUEST));
        foreignDelegate = login(fixtures().member(other, Role.DELEGATE));
        shelf = new SecretariatShelf(secretariat, council);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void diacriticsCaseAndLineBreaksDoNotMatterAndEachHitNamesItsPageWithTheMatchMarked() {
        String session = session();
        String sitting = sitting(session, false);
        String id = document(sitting, "Tờ trình dự toán", "DELEGATES", null, "Trang mở đầu",
                "Tờ trình về dự toán Ngân sách năm 2026 của tỉnh", "Kính gửi các vị Đại biểu Hội đồng nhân dân");

        JsonNode found = search(delegate, session, "ngan sach");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode hit = found.get("hits").get(0);
        assertThat(hit.get("documentId").asString()).isEqualTo(id);
        assertThat(hit.get("sittingId").asString()).isEqualTo(sitting);
        assertThat(hit.get("title").asString()).isEqualTo("Tờ trình dự toán");
        assertThat(hit.get("version").asInt()).isEqualTo(1);
        assertThat(hit.get("page").asInt()).isEqualTo(2);
        assertThat(marked(hit)).containsExactly("Ngân sách");
        assertThat(hit.get("matchesOnPage").asInt()).isEqualTo(1);

        JsonNode delegates = search(delegate, session, "dai bieu").get("hits");
        assertThat(delegates).hasSize(1);
        assertThat(delegates.get(0).get("page").asInt()).isEqualTo(3);
        assertThat(marked(delegates.get(0))).containsExactly("Đại biểu");
        for (String same : List.of("NGÂN SÁCH", "Ngân Sách", "ngân sách",
                Normalizer.normalize("ngân sách", Normalizer.Form.NFD), "  ngan   sach ")) {
            assertThat(search(delegate, session, same).get("hits")).as(same).hasSize(1);
        }
        assertThat(search(delegate, session, "ngàn sách").get("total").asInt())
                .as("a query with other marks folds to the same letters").isEqualTo(1);
        assertThat(search(delegate, session, "nghị quyết").get("total").asInt()).isZero();
    }

    @Test
    void onlyDocumentsTheCallerMayOpenRightNowAreSearchedAndNothingOfTheOthersIsShown() {
        String session = session();
        String open = sitting(session, false);
        String closed = sitting(session, true);
        String phrase = "quỹ phát triển đất";
        String forDelegates = document(open, "Cho đại biểu", "DELEGATES", null, phrase);
        String closedAccess = document(open, "Chỉ họp kín", "CLOSED_SITTING", null, phrase);
        String inClosedSitting = document(closed, "Trong phiên kín", "DELEGATES", null, phrase);
        String confidential = document(open, "Mật cho một người", "CONFIDENTIAL", null, phrase);
        named(confidential, accountOf(delegateUser));
        String later = document(open, "Phát hành sau", "DELEGATES", "2099-01-01T00:00:00Z", phrase);
        String withdrawn = document(open, "Đã thu hồi", "DELEGATES", null, phrase);
        String forPublic = document(open, "Công khai", "PUBLIC", null, phrase);
        shelf.withdraw(withdrawn);

        assertThat(found(delegate, session, "quy phat trien dat"))
                .containsExactly(forDelegates, closedAccess, confidential, forPublic, inClosedSitting);
        assertThat(found(otherDelegate, session, "quy phat trien dat"))
                .containsExactly(forDelegates, closedAccess, forPublic, inClosedSitting);
        assertThat(found(guest, session, "quy phat trien dat")).containsExactly(forPublic);
        assertThat(found(secretariat, session, "quy phat trien dat")).containsExactlyInAnyOrder(forDelegates,
                closedAccess, confidential, later, withdrawn, forPublic, inClosedSitting);

        String answer = get(otherDelegate, session, "quy phat trien dat").raw();
        assertThat(answer).doesNotContain("Mật cho một người", "Phát hành sau", "Đã thu hồi", confidential, later,
                withdrawn);
        assertThat(get(guest, session, "quy phat trien dat").raw())
                .doesNotContain("Cho đại biểu", "Chỉ họp kín", "Trong phiên kín", closed);

        ApiClient.Response foreign = get(foreignDelegate, session, "quy phat trien dat");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().get("code").asString()).isEqualTo("not_found");
        assertThat(foreign.raw()).doesNotContain("Công khai");
        assertThat(get(delegate, UUID.randomUUID().toString(), "quy phat trien dat").status()).isEqualTo(404);
    }

    @Test
    void withinOneDocumentOnlyItsPagesAreFoundInOrderAndOnlyByThoseWhoMayOpenIt() {
        String session = session();
        String sitting = sitting(session, false);
        String report = document(sitting, "Báo cáo", "DELEGATES", null, "Thu ngân sách tăng", "Không có gì",
                "Chi ngân sách giảm");
        document(sitting, "Tờ trình khác", "DELEGATES", null, "Ngân sách của tờ trình khác");
        String confidential = document(sitting, "Mật", "CONFIDENTIAL", null, "Ngân sách mật");
        named(confidential, accountOf(delegateUser));

        ApiClient.Response within = delegate.get("/api/documents/" + report + "/search?q=ngan+sach");
        assertThat(within.status()).as(within.raw()).isEqualTo(200);
        assertThat(within.body().get("total").asInt()).isEqualTo(2);
        assertThat(within.body().get("hits").findValuesAsString("documentId")).containsOnly(report);
        assertThat(within.body().get("hits").findValuesAsString("page")).containsExactly("1", "3");
        assertThat(marked(within.body().get("hits").get(1))).containsExactly("ngân sách");

        ApiClient.Response refused = otherDelegate.get("/api/documents/" + confidential + "/search?q=ngan+sach");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("code").asString()).isEqualTo("document_confidential");
        assertThat(refused.raw()).doesNotContain("Ngân sách mật");
        assertThat(foreignDelegate.get("/api/documents/" + report + "/search?q=ngan+sach").status()).isEqualTo(404);
        assertThat(delegate.get("/api/documents/" + UUID.randomUUID() + "/search?q=ngan+sach").status())
                .isEqualTo(404);
        fieldRefused(delegate.get("/api/documents/" + report + "/search?q=a"), "q", "search_query_too_short");
        fieldRefused(delegate.get("/api/documents/" + report + "/search?q=ngan+sach&limit=51"), "limit", "invalid");
    }

    @Test
    void resultsComeAPageAtATimeWithTheTotal() {
        String session = session();
        String sitting = sitting(session, false);
        String id = document(sitting, "Năm trang", "DELEGATES", null, "Hạ tầng giao thông 1", "Hạ tầng giao thông 2",
                "Không có", "Hạ tầng giao thông 4", "Hạ tầng giao thông 5");

        JsonNode first = search(delegate, session, "ha tang", 0, 2);
        assertThat(first.get("total").asInt()).isEqualTo(4);
        assertThat(first.get("hits").findValuesAsString("page")).containsExactly("1", "2");
        JsonNode last = search(delegate, session, "ha tang", 3, 2);
        assertThat(last.get("offset").asInt()).isEqualTo(3);
        assertThat(last.get("hits").findValuesAsString("page")).containsExactly("5");
        assertThat(last.get("hits").get(0).get("documentId").asString()).isEqualTo(id);
        JsonNode beyond = search(delegate, session, "ha tang", 10, 2);
        assertThat(beyond.get("total").asInt()).isEqualTo(4);
        assertThat(beyond.get("hits")).isEmpty();
    }

    @Test
    void aQueryTooShortOrTooLongAndBadPagingAreRefusedWithTheirCodes() {
        String session = session();
        for (String query : List.of("", "a", " đ ", "\u0301\u0301")) {
            fieldRefused(get(delegate, session, query), "q", "search_query_too_short");
        }
        assertThat(delegate.get("/api/sessions/" + session + "/documents/search").body()
                .get("fields").get(0).get("code").asString()).isEqualTo("search_query_too_short");
        fieldRefused(get(delegate, session, "ngân sách ".repeat(21)), "q", "search_query_too_long");
        fieldRefused(delegate.get(path(session, "ngan sach") + "&limit=0"), "limit", "invalid");
        fieldRefused(delegate.get(path(session, "ngan sach") + "&limit=51"), "limit", "invalid");
        fieldRefused(delegate.get(path(session, "ngan sach") + "&offset=-1"), "offset", "invalid");
        assertThat(delegate.get(path(session, "ngan sach") + "&offset=x").status()).isEqualTo(400);
        assertThat(search(delegate, session, "ab").get("total").asInt()).isZero();
    }

    private static void fieldRefused(ApiClient.Response response, String field, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        JsonNode refused = response.body().get("fields").get(0);
        assertThat(refused.get("field").asString()).isEqualTo(field);
        assertThat(refused.get("code").asString()).isEqualTo(code);
    }

    private static List<String> marked(JsonNode hit) {
        String snippet = hit.get("snippet").asString();
        return hit.get("marks").valueStream().map(mark -> snippet.substring(mark.get("start").asInt(),
                mark.get("start").asInt() + mark.get("length").asInt())).toList();
    }

    private static List<String> found(ApiClient client, String session, String query) {
        return search(client, session, query).get("hits").findValuesAsString("documentId");
    }

    private static JsonNode search(ApiClient client, String session, String query) {
        return search(client, session, query, 0, 20);
    }

    private static JsonNode search(ApiClient client, String session, String query, int offset, int limit) {
        ApiClient.Response response = client.get(path(session, query) + "&offset=" + offset + "&limit=" + limit);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    private static ApiClient.Response get(ApiClient client, String session, String query) {
        return client.get(path(session, query));
    }

    private static String path(String session, String query) {
        return "/api/sessions/" + session + "/documents/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private String document(String sitting, String title, String access, String releaseAt, String... pages) {
        return shelf.document(sitting, title, access, releaseAt, pages);
    }

    private void named(String id, UUID reader) {
        shelf.named(id, reader);
    }

    private String session() {
        return shelf.session();
    }

    private String sitting(String session, boolean closed) {
        return shelf.sitting(session, closed);
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }
}
