package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hopso.meeting.system.LiveSocket.accepted;
import static vn.hopso.meeting.system.LiveSocket.answer;
import static vn.hopso.meeting.system.LiveSocket.connected;
import static vn.hopso.meeting.system.LiveSocket.subscribed;

import java.util.LinkedHashMap;
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
import vn.hopso.documents.testing.TestPdfs;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ApiClient.Upload;
import vn.hopso.meeting.support.Fixtures.TestUser;
import vn.hopso.meeting.support.ServerTest;
import vn.hopso.meeting.support.TestS3;
import vn.hopso.meeting.support.WsClient;

/**
 * Trình chiếu through HTTP and WebSocket against a real S3 endpoint: the page presented reaches exactly the readers of
 * its document, live and in a later snapshot; everyone else learns only that a presentation is on; stopping it,
 * withdrawing its document and ending the sitting leave nothing behind; a refused command changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresentationSystemTest extends ServerTest {

    private static final String BUCKET = "hopso-presentations";
    private static final TestS3 S3 = TestS3.start();

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        S3.serve(registry, BUCKET);
    }

    private ApiClient secretariat;
    private ApiClient chair;
    private ApiClient reader;
    private ApiClient otherDelegate;
    private ApiClient hall;
    private TestUser readerUser;
    private String session;
    private Map<String, ApiClient> mayNotPresent;
    private ApiClient foreignSecretariat;
    private ApiClient foreignDelegate;
    private String councilId;

    @BeforeAll
    void prepare() {
        S3.createBucket(BUCKET);
        Organisation council = fixtures().council("HĐND tỉnh Trình Chiếu");
        Organisation other = fixtures().council("HĐND tỉnh Láng Giềng");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        chair = login(fixtures().member(council, Role.CHAIR));
        readerUser = fixtures().member(council, Role.DELEGATE, "Nguyễn Thị Đọc");
        reader = login(readerUser);
        otherDelegate = login(fixtures().member(council, Role.DELEGATE, "Trần Văn Khác"));
        hall = login(fixtures().member(council, Role.OBSERVER, "Màn hình hội trường"));
        mayNotPresent = new LinkedHashMap<>();
        mayNotPresent.put("ADMIN", login(fixtures().member(council, Role.ADMIN)));
        mayNotPresent.put("DELEGATE", otherDelegate);
        mayNotPresent.put("SITE_OPERATOR", login(fixtures().member(council, Role.SITE_OPERATOR)));
        mayNotPresent.put("GUEST", login(fixtures().member(council, Role.GUEST)));
        mayNotPresent.put("OBSERVER", hall);
        mayNotPresent.put("BALLOT_COMMITTEE", login(fixtures().member(council, Role.BALLOT_COMMITTEE)));
        foreignSecretariat = login(fixtures().member(other, Role.SECRETARIAT));
        foreignDelegate = login(fixtures().member(other, Role.DELEGATE));
        councilId = council.id().toString();
        session = new SittingScenario(secretariat).session(councilId);
    }

    @AfterAll
    void stopS3() {
        S3.close();
    }

    @Test
    void aConfidentialPageReachesItsReaderWhileTheOthersLearnOnlyThatOneIsOn() {
        String sitting = sitting();
        String document = document(sitting, "Báo cáo mật", "CONFIDENTIAL", null, "Một", "Hai", "Ba");
        named(document, "Báo cáo mật", accountOf(readerUser));
        try (WsClient desk = subscribed(secretariat, sitting); WsClient named = subscribed(reader, sitting);
                WsClient notNamed = subscribed(otherDelegate, sitting); WsClient display = subscribed(hall, sitting)) {
            accepted(desk, present(sitting, document, 2, "p2"), "p2");
            JsonNode shown = page(named);
            assertThat(shown.get("documentId").asString()).isEqualTo(document);
            assertThat(shown.get("page").asInt()).isEqualTo(2);
            assertThat(shown.get("pages").asInt()).isEqualTo(3);
            assertThat(shown.get("title").asString()).isEqualTo("Báo cáo mật");
            assertThat(shown.get("hall").asBoolean()).isFalse();
            for (WsClient outsider : List.of(notNamed, display)) {
                JsonNode on = presentation(outsider);
                assertThat(on.get("documentId").isNull()).as(on.toString()).isTrue();
                assertThat(on.get("page").isNull()).isTrue();
                assertThat(on.get("title").isNull()).isTrue();
            }

            accepted(desk, present(sitting, document, 3, "p3"), "p3");
            assertThat(page(named).get("page").asInt()).isEqualTo(3);
            for (WsClient outsider : List.of(notNamed, display)) {
                assertThat(framesUntilPong(outsider)).as("what an outsider was sent of the page turn")
                        .noneMatch(frame -> frame.toString().contains(document)
                                || frame.path("type").asString().equals("presentation.changed"));
            }
        }
        JsonNode late = reader.get("/api/sittings/" + sitting + "/view").body().get("presentation");
        assertThat(late.get("documentId").asString()).isEqualTo(document);
        assertThat(late.get("page").asInt()).isEqualTo(3);
        for (ApiClient outsider : List.of(otherDelegate, hall)) {
            String view = outsider.get("/api/sittings/" + sitting + "/view").raw();
            assertThat(view).doesNotContain(document).contains("\"presentation\":{\"documentId\":null");
        }
        assertThat(foreignDelegate.get("/api/sittings/" + sitting + "/view").status()).isEqualTo(404);
        try (WsClient foreign = connected(foreignDelegate)) {
            foreign.send("{\"type\":\"sitting.subscribe\",\"ref\":\"f\",\"sittingId\":\"" + sitting
                    + "\",\"afterSeq\":0}");
            List<JsonNode> answer = foreign.until(f -> f.path("ref").asString().equals("f"));
            assertThat(answer.getLast().get("code").asString()).isEqualTo("not_found");
            assertThat(answer).noneMatch(frame -> frame.path("type").asString().equals("presentation.changed"));
        }
        try (WsClient replay = connected(otherDelegate)) {
            replay.send("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + sitting + "\",\"afterSeq\":0}");
            List<JsonNode> replayed = replay.until(f -> f.path("type").asString().equals("sitting.subscribed"));
            assertThat(replayed).as("what a reconnecting outsider is sent again")
                    .noneMatch(frame -> frame.toString().contains(document))
                    .anyMatch(frame -> frame.path("type").asString().equals("presentation.changed"));
        }

        try (WsClient desk = subscribed(chair, sitting); WsClient named = subscribed(reader, sitting)) {
            framesUntilPong(named);
            accepted(desk, stop(sitting, "s"), "s");
            assertThat(named.next(f -> f.path("type").asString().equals("presentation.changed"))
                    .get("presentation").isNull()).isTrue();
        }
        assertThat(reader.get("/api/sittings/" + sitting + "/view").body().get("presentation").isNull()).isTrue();
        assertThat(presentationsOf(sitting)).isZero();
    }

    @Test
    void aPublicPageIsShownOnTheHallDisplayAndADelegatesPageIsNot() {
        String sitting = sitting();
        String open = document(sitting, "Tờ trình công khai", "PUBLIC", null, "Một", "Hai");
        String delegatesOnly = document(sitting, "Dự thảo cho đại biểu", "DELEGATES", null, "Một", "Hai");
        try (WsClient desk = subscribed(secretariat, sitting); WsClient display = subscribed(hall, sitting);
                WsClient delegate = subscribed(otherDelegate, sitting)) {
            accepted(desk, present(sitting, open, 2, "open"), "open");
            JsonNode onHall = presentation(display);
            assertThat(onHall.get("documentId").asString()).isEqualTo(open);
            assertThat(onHall.get("hall").asBoolean()).isTrue();
            assertThat(hall.getBytes("/api/documents/" + open + "/pages/2?width=1600").status()).isEqualTo(200);

            accepted(desk, present(sitting, delegatesOnly, 1, "del"), "del");
            assertThat(presentation(delegate).get("documentId").asString()).isEqualTo(open);
            assertThat(presentation(delegate).get("documentId").isNull()).isTrue();
            assertThat(presentation(delegate).get("documentId").asString()).isEqualTo(delegatesOnly);
            assertThat(presentation(display).get("documentId").isNull()).isTrue();
            assertThat(framesUntilPong(display)).noneMatch(frame -> frame.toString().contains(delegatesOnly));
            assertThat(hall.getBytes("/api/documents/" + delegatesOnly + "/pages/1?width=1600").status())
                    .isEqualTo(403);
        }
    }

    @Test
    void withdrawingThePresentedDocumentEndsThePresentation() {
        String sitting = sitting();
        String document = document(sitting, "Tờ trình sẽ thu hồi", "DELEGATES", null, "Một", "Hai");
        String another = document(sitting, "Tài liệu khác", "DELEGATES", null, "Một");
        try (WsClient desk = subscribed(secretariat, sitting); WsClient delegate = subscribed(reader, sitting)) {
            accepted(desk, present(sitting, document, 2, "p"), "p");
            page(delegate);
            assertThat(secretariat.post("/api/documents/" + another + "/withdrawal", Map.of()).status()).isEqualTo(200);
            assertThat(reader.get("/api/sittings/" + sitting + "/view").body().get("presentation")
                    .get("documentId").asString()).as("withdrawing another document").isEqualTo(document);

            assertThat(secretariat.post("/api/documents/" + document + "/withdrawal", Map.of()).status())
                    .isEqualTo(200);
            assertThat(delegate.next(f -> f.path("type").asString().equals("presentation.changed"))
                    .get("presentation").isNull()).isTrue();
        }
        assertThat(reader.get("/api/sittings/" + sitting + "/view").body().get("presentation").isNull()).isTrue();
        assertThat(presentationsOf(sitting)).isZero();
        assertThat(reader.get("/api/documents/" + document).status()).isEqualTo(403);
    }

    @Test
    void aNewVersionOfThePresentedDocumentIsPresentedInItsPlaceWithinItsPages() {
        String sitting = sitting();
        String document = document(sitting, "Tờ trình sẽ thay", "PUBLIC", null, "Một", "Hai", "Ba");
        String another = document(sitting, "Tài liệu khác", "PUBLIC", null, "Một", "Hai");
        try (WsClient desk = subscribed(secretariat, sitting); WsClient display = subscribed(hall, sitting)) {
            accepted(desk, present(sitting, document, 3, "p"), "p");
            JsonNode before = presentation(display);
            assertThat(before.get("version").asInt()).isEqualTo(1);

            assertThat(replace(another, "Tài liệu khác bản 2.pdf", "Một")).isEqualTo(201);
            assertThat(replace(document, "Tờ trình bản 2.pdf", "Một", "Hai đã sửa")).isEqualTo(201);
            JsonNode after = presentation(display);
            assertThat(after.get("documentId").asString()).as("replacing another document presents nothing")
                    .isEqualTo(document);
            assertThat(after.get("version").asInt()).isEqualTo(2);
            assertThat(after.get("pages").asInt()).isEqualTo(2);
            assertThat(after.get("page").asInt()).as("the new version is shorter: its last page").isEqualTo(2);
            assertThat(after.get("since").asString()).isEqualTo(before.get("since").asString());
            assertThat(hall.getBytes("/api/documents/" + document + "/pages/2?width=1600").status()).isEqualTo(200);
        }
        JsonNode kept = hall.get("/api/sittings/" + sitting + "/view").body().get("presentation");
        assertThat(kept.get("version").asInt()).isEqualTo(2);
        assertThat(kept.get("page").asInt()).isEqualTo(2);
    }

    @Test
    void aDocumentOfTheWholeSessionIsPresentedInAnotherOfItsSittingsAndFollowsItsNewVersionAndWithdrawal() {
        SittingScenario scenario = new SittingScenario(secretariat);
        ApiClient.Response itsOwn = secretariat.post("/api/organisations/" + councilId + "/sessions", Map.of(
                "name", "Kỳ họp cuối năm", "number", 3, "startsOn", "2026-12-28", "endsOn", "2026-12-30"));
        assertThat(itsOwn.status()).as(itsOwn.raw()).isEqualTo(201);
        String first = scenario.sitting(itsOwn.body().get("id").asString(), false);
        String later = scenario.sitting(itsOwn.body().get("id").asString(), false);
        String ofSession = document(first, "Chương trình kỳ họp", "PUBLIC", null, true, "Một", "Hai", "Ba");
        String ofFirst = document(first, "Tờ trình của phiên đầu", "PUBLIC", null, "Một");
        ApiClient.Response otherSession = secretariat.post("/api/organisations/" + councilId + "/sessions", Map.of(
                "name", "Kỳ họp chuyên đề", "number", 2, "startsOn", "2026-12-20", "endsOn", "2026-12-20"));
        assertThat(otherSession.status()).as(otherSession.raw()).isEqualTo(201);
        String elsewhere = document(scenario.sitting(otherSession.body().get("id").asString(),
                false), "Chương trình kỳ họp khác", "PUBLIC", null, true, "Một");
        try (WsClient desk = subscribed(secretariat, later); WsClient display = subscribed(hall, later)) {
            assertThat(answer(desk, present(later, ofFirst, 1, "own"), "own").get("code").asString())
                    .as("a document of another sitting only").isEqualTo("document_not_in_sitting");
            assertThat(answer(desk, present(later, elsewhere, 1, "other"), "other").get("code").asString())
                    .as("a document of another session").isEqualTo("document_not_in_sitting");

            accepted(desk, present(later, ofSession, 3, "p"), "p");
            assertThat(presentation(display).get("documentId").asString()).isEqualTo(ofSession);
            assertThat(replace(ofSession, "Chương trình kỳ họp bản 2.pdf", "Một", "Hai")).isEqualTo(201);
            JsonNode replaced = presentation(display);
            assertThat(replaced.get("version").asInt()).as("presented in the sitting it was not uploaded to")
                    .isEqualTo(2);
            assertThat(replaced.get("page").asInt()).isEqualTo(2);

            assertThat(secretariat.post("/api/documents/" + ofSession + "/withdrawal", Map.of()).status())
                    .isEqualTo(200);
            assertThat(display.next(f -> f.path("type").asString().equals("presentation.changed"))
                    .get("presentation").isNull()).isTrue();
        }
        assertThat(presentationsOf(later)).isZero();
        assertThat(presentationsOf(first)).isZero();
    }

    @Test
    void narrowingThePresentedDocumentsReadersLeavesTheOthersOnlyThatOneIsOnAndAReleaseLaterEndsIt() {
        String sitting = sitting();
        String document = document(sitting, "Dự thảo sẽ thu hẹp", "DELEGATES", null, "Một", "Hai");
        try (WsClient desk = subscribed(secretariat, sitting); WsClient named = subscribed(reader, sitting);
                WsClient dropped = subscribed(otherDelegate, sitting)) {
            accepted(desk, present(sitting, document, 2, "p"), "p");
            assertThat(page(dropped).get("page").asInt()).isEqualTo(2);
            page(named);

            named(document, "Dự thảo sẽ thu hẹp", accountOf(readerUser));
            JsonNode told = presentation(dropped);
            assertThat(told.get("documentId").isNull()).as(told.toString()).isTrue();
            assertThat(page(named).get("page").asInt()).isEqualTo(2);
            assertThat(framesUntilPong(dropped)).noneMatch(frame -> frame.path("type").asString()
                    .equals("presentation.changed"));
            assertThat(otherDelegate.get("/api/sittings/" + sitting + "/view").body().get("presentation")
                    .get("documentId").isNull()).isTrue();
            accepted(desk, present(sitting, document, 1, "p1"), "p1");
            assertThat(page(named).get("page").asInt()).isEqualTo(1);
            assertThat(framesUntilPong(dropped)).noneMatch(frame -> frame.toString().contains(document));

            settle(document, "Dự thảo sẽ thu hẹp", "CONFIDENTIAL", List.of(accountOf(readerUser).toString()),
                    "2099-01-01T00:00:00Z");
            assertThat(named.next(f -> f.path("type").asString().equals("presentation.changed"))
                    .get("presentation").isNull()).isTrue();
        }
        assertThat(presentationsOf(sitting)).isZero();
    }

    @Test
    void endingTheSittingEndsThePresentation() {
        String sitting = sitting();
        String document = document(sitting, "Báo cáo", "PUBLIC", null, "Một");
        try (WsClient desk = subscribed(chair, sitting); WsClient display = subscribed(hall, sitting)) {
            accepted(desk, "{\"type\":\"sitting.start\",\"ref\":\"go\",\"sittingId\":\"" + sitting + "\"}", "go");
            accepted(desk, present(sitting, document, 1, "p"), "p");
            presentation(display);
            accepted(desk, "{\"type\":\"sitting.end\",\"ref\":\"end\",\"sittingId\":\"" + sitting + "\"}", "end");
            assertThat(display.next(f -> f.path("type").asString().equals("presentation.changed"))
                    .get("presentation").isNull()).isTrue();
            assertThat(answer(desk, present(sitting, document, 1, "after"), "after").get("code").asString())
                    .isEqualTo("sitting_ended");
        }
        assertThat(hall.get("/api/sittings/" + sitting + "/view").body().get("presentation").isNull()).isTrue();
        assertThat(presentationsOf(sitting)).isZero();
    }

    @Test
    void aRefusedPresentationChangesNothing() {
        String sitting = sitting();
        String document = document(sitting, "Đang trình chiếu", "DELEGATES", null, "Một", "Hai", "Ba");
        String later = document(sitting, "Phát hành sau", "DELEGATES", "2099-01-01T00:00:00Z", "Một");
        String withdrawn = document(sitting, "Đã thu hồi", "DELEGATES", null, "Một");
        assertThat(secretariat.post("/api/documents/" + withdrawn + "/withdrawal", Map.of()).status()).isEqualTo(200);
        String elsewhere = document(sitting(), "Của phiên khác", "DELEGATES", null, "Một");
        String idle = sitting();
        try (WsClient desk = connected(secretariat)) {
            accepted(desk, present(sitting, document, 2, "on"), "on");
            JsonNode before = reader.get("/api/sittings/" + sitting + "/view").body();

            Map<String, String> refusals = new LinkedHashMap<>();
            refusals.put(present(sitting, document, 0, "r"), "page_out_of_range");
            refusals.put(present(sitting, document, 4, "r"), "page_out_of_range");
            refusals.put(present(sitting, later, 1, "r"), "document_not_released");
            refusals.put(present(sitting, withdrawn, 1, "r"), "document_withdrawn");
            refusals.put(present(sitting, elsewhere, 1, "r"), "document_not_in_sitting");
            refusals.put(present(sitting, UUID.randomUUID().toString(), 1, "r"), "document_not_in_sitting");
            refusals.put(stop(idle, "r"), "no_presentation");
            refusals.forEach((frame, code) -> {
                JsonNode refused = answer(desk, frame, "r");
                assertThat(refused.get("code").asString()).as(frame).isEqualTo(code);
                assertThat(refused.get("message").asString()).as(frame).isNotBlank();
            });
            mayNotPresent.forEach((role, client) -> {
                try (WsClient socket = connected(client)) {
                    assertThat(answer(socket, present(sitting, document, 3, "r"), "r").get("code").asString())
                            .as(role).isEqualTo("forbidden");
                    assertThat(answer(socket, stop(sitting, "r"), "r").get("code").asString())
                            .as(role).isEqualTo("forbidden");
                }
            });
            try (WsClient foreign = connected(foreignSecretariat)) {
                assertThat(answer(foreign, present(sitting, document, 3, "r"), "r").get("code").asString())
                        .isEqualTo("not_found");
                assertThat(answer(foreign, stop(sitting, "r"), "r").get("code").asString()).isEqualTo("not_found");
            }
            assertThat(reader.get("/api/sittings/" + sitting + "/view").body()).isEqualTo(before);
            assertThat(presentationsOf(idle)).isZero();
        }
    }

    private int replace(String document, String name, String... pages) {
        return secretariat.upload("/api/documents/" + document + "/versions", Map.of(), "file",
                List.of(new Upload(name, TestPdfs.text(pages)))).status();
    }

    private static JsonNode presentation(WsClient screen) {
        return screen.next(f -> f.path("type").asString().equals("presentation.changed")).get("presentation");
    }

    /** The next page presented to this screen, passing over the news that a presentation is on. */
    private static JsonNode page(WsClient screen) {
        return screen.next(f -> f.path("type").asString().equals("presentation.changed")
                && f.path("presentation").path("documentId").isString()).get("presentation");
    }

    private static List<JsonNode> framesUntilPong(WsClient screen) {
        screen.send("{\"type\":\"heartbeat.ping\",\"nonce\":\"end\"}");
        List<JsonNode> frames = screen.until(f -> f.path("nonce").asString().equals("end"));
        return frames.subList(0, frames.size() - 1);
    }

    private static String present(String sitting, String document, int page, String ref) {
        return "{\"type\":\"document.present\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting
                + "\",\"documentId\":\"" + document + "\",\"page\":" + page + "}";
    }

    private static String stop(String sitting, String ref) {
        return "{\"type\":\"document.present_stop\",\"ref\":\"" + ref + "\",\"sittingId\":\"" + sitting + "\"}";
    }

    private String sitting() {
        return new SittingScenario(secretariat).sitting(session, false);
    }

    /** A text PDF of these pages, uploaded to the sitting, readable by {@code access} from {@code releaseAt}. */
    private String document(String sitting, String title, String access, String releaseAt, String... pages) {
        return document(sitting, title, access, releaseAt, false, pages);
    }

    /** As above, a document of the sitting's whole session when {@code wholeSession}. */
    private String document(String sitting, String title, String access, String releaseAt, boolean wholeSession,
            String... pages) {
        ApiClient.Response uploaded = secretariat.upload("/api/sittings/" + sitting + "/documents",
                Map.of("kind", "REPORT", "wholeSession", String.valueOf(wholeSession)),
                List.of(new Upload(title + ".pdf", TestPdfs.text(pages))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        assertThat(uploaded.body().get(0).get("status").asString()).as(uploaded.raw()).isEqualTo("READY");
        String id = uploaded.body().get(0).get("documentId").asString();
        settle(id, title, access, List.of(), releaseAt);
        return id;
    }

    private void named(String id, String title, UUID readerAccount) {
        settle(id, title, "CONFIDENTIAL", List.of(readerAccount.toString()), null);
    }

    private void settle(String id, String title, String access, List<String> readers, String releaseAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("kind", "REPORT");
        body.put("position", 1);
        body.put("access", access);
        body.put("readerIds", readers);
        body.put("releaseAt", releaseAt);
        body.put("downloadAllowed", true);
        body.put("printAllowed", true);
        ApiClient.Response set = secretariat.put("/api/documents/" + id, body);
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
    }

    private UUID accountOf(TestUser user) {
        return jdbc.sql("select id from accounts where username = ?").param(user.username()).query(UUID.class).single();
    }

    private int presentationsOf(String sitting) {
        return jdbc.sql("select count(*) from sitting_presentations where sitting_id = ?")
                .param(UUID.fromString(sitting)).query(Integer.class).single();
    }
}
