package vn.hopso.meeting.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.api.Organisation;
import vn.hopso.meeting.support.ApiClient;

/**
 * The secretariat's desk through the REST API: prepares sessions, sittings and agenda items for the browser tests
 * quickly, and changes them while a browser watches. Dates are in Vietnam time, around today, so the delegate
 * screen picks the sitting on its own.
 */
final class CouncilDesk {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ApiClient secretariat;
    /** The sitting of each item made here, to find the item's current version before an edit. */
    private final Map<String, String> sittingOfItem = new java.util.concurrent.ConcurrentHashMap<>();

    CouncilDesk(ApiClient secretariat) {
        this.secretariat = secretariat;
    }

    String session(Organisation council, String name) {
        LocalDate today = LocalDate.now(VIETNAM);
        var response = secretariat.post("/api/organisations/" + council.id() + "/sessions", Map.of(
                "name", name, "number", 12, "startsOn", today.toString(), "endsOn", today.plusDays(2).toString()));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    String sitting(String sessionId, String title) {
        var response = secretariat.post("/api/sessions/" + sessionId + "/sittings", Map.of(
                "title", title, "startsAt", inAnHour().toInstant().toString(), "place", "Hội trường Hội đồng nhân dân tỉnh",
                "closed", false));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    String draftItem(String sittingId, String title) {
        var response = secretariat.post("/api/sittings/" + sittingId + "/agenda", itemForm(title, null));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String id = response.body().get("id").asString();
        sittingOfItem.put(id, sittingId);
        return id;
    }

    /**
     * An agenda prepared as drafts and published at once, as the secretariat does before a sitting; items added
     * after this are marked as added late ("bổ sung").
     */
    List<String> publishedAgenda(String sittingId, String... titles) {
        List<String> ids = Arrays.stream(titles).map(title -> draftItem(sittingId, title)).toList();
        publishAgenda(sittingId);
        return ids;
    }

    /** Publishes every draft of the sitting at once. */
    void publishAgenda(String sittingId) {
        var response = secretariat.post("/api/sittings/" + sittingId + "/agenda/publish", Map.of());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    void publish(String itemId) {
        var response = secretariat.post("/api/agenda-items/" + itemId + "/publish", Map.of());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    void describe(String itemId, String title, String description) {
        Map<String, Object> form = itemForm(title, description);
        form.put("version", versionOf(itemId));
        var response = secretariat.put("/api/agenda-items/" + itemId, form);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** Marks a draft as discussed behind closed doors ("họp kín"), keeping its title; published items keep theirs. */
    void closeItem(String itemId, String title) {
        Map<String, Object> form = itemForm(title, null);
        form.put("version", versionOf(itemId));
        form.put("closed", true);
        var response = secretariat.put("/api/agenda-items/" + itemId, form);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** A hall (điểm cầu) of the council at province level, run by the given site operator's membership. */
    String site(Organisation council, String name, UUID operatorMembershipId) {
        var response = secretariat.post("/api/organisations/" + council.id() + "/sites", Map.of(
                "name", name, "level", "PROVINCE", "kind", "HALL", "operatorMembershipId", operatorMembershipId.toString()));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    void reorder(String sittingId, List<String> itemIds) {
        var response = secretariat.put("/api/sittings/" + sittingId + "/agenda/order", Map.of("itemIds", itemIds));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    JsonNode view(String sittingId) {
        var response = secretariat.get("/api/sittings/" + sittingId + "/view");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    /** A Vietnam date and time as typed into the console: day first ({@code 08/12/2026}) and 24-hour ({@code 14:30}). */
    record Typed(String date, String time) {

        static Typed of(LocalDateTime vietnamTime) {
            return new Typed(vietnamTime.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    vietnamTime.format(DateTimeFormatter.ofPattern("HH:mm")));
        }
    }

    /** An hour from now, Vietnam time, to the minute, as typed into the sitting form. */
    static Typed inAnHourAsTyped() {
        return Typed.of(inAnHour().toLocalDateTime());
    }

    private static ZonedDateTime inAnHour() {
        return LocalDateTime.now(VIETNAM).plusHours(1).truncatedTo(ChronoUnit.MINUTES).atZone(VIETNAM);
    }

    /** The version the item has now: an edit is made from it. */
    private long versionOf(String itemId) {
        return view(sittingOfItem.get(itemId)).get("agenda").valueStream()
                .filter(item -> item.get("id").asString().equals(itemId)).findFirst().orElseThrow()
                .get("version").asLong();
    }

    private static Map<String, Object> itemForm(String title, String description) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("description", description);
        form.put("presenter", "Giám đốc Sở Tài chính");
        form.put("estimatedMinutes", 20);
        form.put("closed", false);
        return form;
    }
}
