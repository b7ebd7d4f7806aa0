package vn.hopso.meeting.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.api.Role;
import vn.hopso.meeting.support.ApiClient;
import vn.hopso.meeting.support.ServerTest;

class AgendaApiSystemTest extends ServerTest {

    private Organisation council;
    private ApiClient secretariat;
    private ApiClient delegate;
    private ApiClient guest;
    private SittingScenario scenario;

    @BeforeEach
    void setUp() {
        council = fixtures().council("HĐND tỉnh Thử Nghiệm");
        secretariat = login(fixtures().member(council, Role.SECRETARIAT));
        delegate = login(fixtures().member(council, Role.DELEGATE));
        guest = login(fixtures().member(council, Role.GUEST));
        scenario = new SittingScenario(secretariat);
    }

    @Test
    void delegatesSeePublishedItemsOnlyNumberedAlikeAndLateOnesMarked() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String first = scenario.publishedItem(sitting, "Khai mạc");
        String draft = scenario.item(sitting, "Dự thảo chưa công bố", false).get("id").asString();
        String late = scenario.publishedItem(sitting, "Nội dung bổ sung");

        JsonNode view = delegate.get("/api/sittings/" + sitting + "/view").body();
        assertThat(titles(view)).containsExactly("Khai mạc", "Nội dung bổ sung");
        assertThat(view.get("agenda").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(view.get("agenda").get(1).get("addedLate").asBoolean()).isTrue();
        assertThat(view.get("agenda").get(0).get("addedLate").asBoolean()).isFalse();
        assertThat(view.get("permissions").valueStream().map(JsonNode::asString)).contains("VIEW", "VIEW_CLOSED")
                .doesNotContain("MANAGE_AGENDA", "VIEW_DRAFTS", "CHAIR_SITTING");

        JsonNode staffView = secretariat.get("/api/sittings/" + sitting + "/view").body();
        assertThat(titles(staffView)).containsExactly("Khai mạc", "Dự thảo chưa công bố", "Nội dung bổ sung");
        assertThat(staffView.get("agenda").get(1).get("number").isNull()).isTrue();
        assertThat(staffView.get("agenda").valueStream().map(i -> i.get("id").asString())).containsExactly(first, draft, late);
        assertThat(staffView.get("permissions").valueStream().map(JsonNode::asString)).contains("MANAGE_AGENDA");
    }

    @Test
    void closedItemsAndClosedSittingsAreHiddenFromGuests() {
        String session = scenario.session(council.id().toString());
        String open = scenario.sitting(session, false);
        scenario.publishedItem(open, "Nội dung công khai");
        String closedItem = scenario.item(open, "Công tác cán bộ", true).get("id").asString();
        secretariat.post("/api/agenda-items/" + closedItem + "/publish", Map.of());
        String closedSitting = scenario.sitting(session, true);

        assertThat(titles(guest.get("/api/sittings/" + open + "/view").body())).containsExactly("Nội dung công khai");
        assertThat(titles(delegate.get("/api/sittings/" + open + "/view").body()))
                .containsExactly("Nội dung công khai", "Công tác cán bộ");
        // A closed sitting answers a guest exactly as one that does not exist.
        var hidden = guest.get("/api/sittings/" + closedSitting);
        var missing = guest.get("/api/sittings/" + java.util.UUID.randomUUID());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.raw()).isEqualTo(missing.raw());
        assertThat(guest.get("/api/sessions/" + session + "/sittings").body().findValuesAsString("id"))
                .containsExactly(open);
        assertThat(delegate.get("/api/sittings/" + closedSitting).status()).isEqualTo(200);
    }

    @Test
    void guestsSeeNeitherTheIdNorTheNumberOfAClosedItemOnlyThatTheSittingIsClosedNow() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String opening = scenario.publishedItem(sitting, "Khai mạc");
        String personnel = scenario.item(sitting, "Công tác cán bộ", true).get("id").asString();
        secretariat.post("/api/agenda-items/" + personnel + "/publish", Map.of());
        scenario.item(sitting, "Nháp", false);
        String closing = scenario.publishedItem(sitting, "Bế mạc");
        ApiClient chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, opening, personnel);

        JsonNode guestView = guest.get("/api/sittings/" + sitting + "/view").body();
        assertThat(guestView.get("agenda").valueStream().map(i -> i.get("id").asString())).containsExactly(opening, closing);
        assertThat(guestView.get("agenda").valueStream().map(i -> i.get("position").asInt() + "/" + i.get("number").asInt()))
                .containsExactly("1/1", "2/2");
        assertThat(guestView.get("sitting").get("currentItemId").isNull()).isTrue();
        assertThat(guestView.get("sitting").get("currentItemClosed").asBoolean()).isTrue();
        assertThat(guest.get("/api/sittings/" + sitting).raw()).doesNotContain(personnel);

        JsonNode delegateView = delegate.get("/api/sittings/" + sitting + "/view").body();
        assertThat(delegateView.get("sitting").get("currentItemId").asString()).isEqualTo(personnel);
        assertThat(delegateView.get("agenda").valueStream().map(i -> i.get("number").asInt())).containsExactly(1, 2, 3);
    }

    @Test
    void aClosedSittingCannotBeMadePublicOnceItHasStartedAndTheDecisionIsAudited() {
        String session = scenario.session(council.id().toString());
        String sitting = scenario.sitting(session, true);
        scenario.publishedItem(sitting, "Khai mạc");
        JsonNode planned = secretariat.get("/api/sittings/" + sitting).body();
        var madePublic = secretariat.put("/api/sittings/" + sitting, scenario.sittingForm(planned, false));
        assertThat(madePublic.status()).as(madePublic.raw()).isEqualTo(200);
        var madeClosedAgain = secretariat.put("/api/sittings/" + sitting, scenario.sittingForm(madePublic.body(), true));
        assertThat(madeClosedAgain.status()).isEqualTo(200);
        assertThat(secretariat.get("/api/audit?organisationId=" + council.id()).body().findValuesAsString("action"))
                .contains("sitting.make_public", "sitting.make_closed");

        ApiClient chair = login(fixtures().member(council, Role.CHAIR));
        SittingScenario.startAndGoTo(chair, sitting, null, null);
        JsonNode started = secretariat.get("/api/sittings/" + sitting).body();
        var refused = secretariat.put("/api/sittings/" + sitting, scenario.sittingForm(started, false));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("closed_flag_locked");
        assertThat(secretariat.get("/api/sittings/" + sitting).body().get("closed").asBoolean()).isTrue();
    }

    @Test
    void aChangeSentAgainWithItsIdempotencyKeyIsNotMadeTwice() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        Map<String, Object> item = Map.of("title", "Tờ trình gửi hai lần", "closed", false);
        var first = secretariat.post("/api/sittings/" + sitting + "/agenda", item, Map.of("Idempotency-Key", "add-1"));
        assertThat(first.status()).isEqualTo(201);
        var again = secretariat.post("/api/sittings/" + sitting + "/agenda", item, Map.of("Idempotency-Key", "add-1"));
        assertThat(again.status()).as("the repeat answers like the first").isEqualTo(201);
        assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        var reused = secretariat.post("/api/sittings/" + sitting + "/agenda",
                Map.of("title", "Một tờ trình khác", "closed", false), Map.of("Idempotency-Key", "add-1"));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().get("code").asString()).isEqualTo("idempotency_key_reused");
        var hostile = secretariat.post("/api/sittings/" + sitting + "/agenda", item,
                Map.of("Idempotency-Key", "x".repeat(65)));
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.body().get("fields").findValuesAsString("field")).containsExactly("Idempotency-Key");
        assertThat(secretariat.get("/api/sittings/" + sitting + "/view").body().get("agenda")).hasSize(1);
    }

    @Test
    void anEditMadeFromAnOlderVersionIsRefusedAndChangesNothing() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        JsonNode item = scenario.item(sitting, "Tờ trình", false);
        String id = item.get("id").asString();
        Map<String, Object> edit = Map.of("title", "Tờ trình (sửa lần 1)", "closed", false, "version",
                item.get("version").asLong());
        assertThat(secretariat.put("/api/agenda-items/" + id, edit).status()).isEqualTo(200);

        var stale = secretariat.put("/api/agenda-items/" + id, Map.of("title", "Tờ trình (sửa từ bản cũ)", "closed", false,
                "version", item.get("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("code").asString()).isEqualTo("stale_version");
        var unversioned = secretariat.put("/api/agenda-items/" + id, Map.of("title", "Không phiên bản", "closed", false));
        assertThat(unversioned.status()).isEqualTo(400);
        assertThat(unversioned.body().get("fields").findValuesAsString("field")).containsExactly("version");
        assertThat(secretariat.get("/api/sittings/" + sitting + "/view").body().get("agenda").get(0).get("title")
                .asString()).isEqualTo("Tờ trình (sửa lần 1)");
    }

    @Test
    void invalidFormsAreRefusedWithVietnameseMessagesPerFieldAndChangeNothing() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        var response = secretariat.post("/api/sittings/" + sitting + "/agenda",
                Map.of("title", " ", "estimatedMinutes", 0, "closed", false));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("code").asString()).isEqualTo("invalid");
        assertThat(response.body().get("fields").findValuesAsString("field")).contains("title", "estimatedMinutes");
        assertThat(response.body().get("fields").findValuesAsString("message")).contains("Không được để trống.");
        assertThat(response.body().get("fields").findValuesAsString("code")).as("the broken constraints, for clients "
                + "that tell them in another language").contains("not_blank", "min");

        var malformed = secretariat.postRaw("/api/sittings/" + sitting + "/agenda", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("message").asString()).startsWith("Dữ liệu gửi lên không đúng định dạng");
        assertThat(malformed.raw()).doesNotContain("Exception", "at vn.hopso");

        assertThat(secretariat.get("/api/sittings/" + sitting + "/view").body().get("agenda")).isEmpty();
        assertThat(secretariat.get("/api/sittings/" + sitting).body().get("lastSeq").asLong()).isZero();
    }

    @Test
    void reorderingRenumbersAndRefusesAnIncompleteOrder() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String a = scenario.publishedItem(sitting, "A");
        String b = scenario.publishedItem(sitting, "B");
        String c = scenario.publishedItem(sitting, "C");

        var reordered = secretariat.put("/api/sittings/" + sitting + "/agenda/order", Map.of("itemIds", List.of(c, a, b)));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(titles(delegate.get("/api/sittings/" + sitting + "/view").body())).containsExactly("C", "A", "B");

        var incomplete = secretariat.put("/api/sittings/" + sitting + "/agenda/order", Map.of("itemIds", List.of(a, b)));
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.body().get("code").asString()).isEqualTo("agenda_order_mismatch");
    }

    @Test
    void publishedItemsCannotBeDeletedAndChangesAreAudited() {
        String sitting = scenario.sitting(scenario.session(council.id().toString()), false);
        String published = scenario.publishedItem(sitting, "Đã công bố");
        String draft = scenario.item(sitting, "Nháp", false).get("id").asString();

        assertThat(secretariat.delete("/api/agenda-items/" + published).status()).isEqualTo(409);
        assertThat(secretariat.delete("/api/agenda-items/" + draft).status()).isEqualTo(204);

        JsonNode audit = secretariat.get("/api/audit?organisationId=" + council.id()).body();
        assertThat(audit.findValuesAsString("action")).contains("session.create", "sitting.create", "agenda.add",
                "agenda.publish", "agenda.delete");
        assertThat(delegate.get("/api/audit?organisationId=" + council.id()).status()).isEqualTo(403);
    }

    private static List<String> titles(JsonNode view) {
        return view.get("agenda").valueStream().map(item -> item.get("title").asString()).toList();
    }
}
