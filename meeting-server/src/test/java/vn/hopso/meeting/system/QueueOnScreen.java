package vn.hopso.meeting.system;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import vn.hopso.meeting.support.WsClient;

/**
 * One item's speaker queue as a screen holds it: each {@code speakers.changed} of the item carries the requests that
 * changed, which replace the ones held, as the web client does. A test reads the queue in the server's order.
 */
final class QueueOnScreen {

    private final WsClient screen;
    private final String itemId;
    private final Map<String, JsonNode> requests = new HashMap<>();
    private JsonNode lastChange;

    QueueOnScreen(WsClient screen, String itemId) {
        this.screen = screen;
        this.itemId = itemId;
    }

    /** Reads this screen's frames, folding the item's queue changes, until the queue satisfies {@code wanted}. */
    List<JsonNode> until(Predicate<List<JsonNode>> wanted) {
        screen.next(frame -> isChange(frame) && wanted.test(folded(frame)));
        return ordered();
    }

    /** Until the queue holds {@code size} requests. */
    List<JsonNode> ofSize(int size) {
        return until(queue -> queue.size() == size);
    }

    /** Until the named speaker's request is in {@code state}. */
    List<JsonNode> untilState(String fullName, String state) {
        return until(queue -> queue.stream().anyMatch(r -> r.get("fullName").asString().equals(fullName)
                && r.get("state").asString().equals(state)));
    }

    /** The names in the last change folded: only the requests it changed. */
    List<String> lastChanged() {
        return lastChange.get("requests").valueStream().map(r -> r.get("fullName").asString()).toList();
    }

    static List<String> names(List<JsonNode> queue) {
        return queue.stream().map(r -> r.get("fullName").asString()).toList();
    }

    static JsonNode entry(List<JsonNode> queue, String fullName) {
        return queue.stream().filter(r -> r.get("fullName").asString().equals(fullName)).findFirst().orElseThrow();
    }

    static String state(List<JsonNode> queue, String fullName) {
        return entry(queue, fullName).get("state").asString();
    }

    private boolean isChange(JsonNode frame) {
        return frame.path("type").asString().equals("speakers.changed")
                && frame.path("itemId").asString().equals(itemId);
    }

    private List<JsonNode> folded(JsonNode change) {
        lastChange = change;
        change.get("requests").forEach(request -> requests.put(request.get("id").asString(), request));
        return ordered();
    }

    private List<JsonNode> ordered() {
        return requests.values().stream().sorted(Comparator.comparingInt(r -> r.get("position").asInt())).toList();
    }
}
