package vn.hopso.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * What the chair's console shows of a sitting, kept from its events: the current item and each item's speaker queue.
 * The chair acts on what it sees, as a person at the console would.
 */
final class ChairScreen implements Consumer<String> {

    /** One request in an item's queue, at its place in the queue's order. */
    record Request(String id, String state, int position) {
    }

    private String currentItem;
    /** Each item's requests by id: a change carries the requests it changed, which replace the ones held. */
    private final Map<String, Map<String, Request>> queues = new HashMap<>();

    @Override
    public void accept(String frame) {
        if (frame.startsWith("{\"type\":\"speakers.changed\"")) {
            JsonNode event = Session.JSON.readTree(frame);
            List<Request> changed = event.get("requests").valueStream().map(r -> new Request(r.get("id").asString(),
                    r.get("state").asString(), r.get("position").asInt())).toList();
            synchronized (this) {
                Map<String, Request> queue = queues.computeIfAbsent(event.get("itemId").asString(),
                        item -> new HashMap<>());
                changed.forEach(request -> queue.put(request.id(), request));
            }
        } else if (frame.startsWith("{\"type\":\"agenda.current\"")) {
            JsonNode itemId = Session.JSON.readTree(frame).get("itemId");
            synchronized (this) {
                currentItem = itemId.isNull() ? null : itemId.asString();
            }
        }
    }

    synchronized String currentItem() {
        return currentItem;
    }

    /** The requests of the item still waiting for the floor, in the queue's order. */
    synchronized List<String> waiting(String itemId) {
        return queues.getOrDefault(itemId, Map.of()).values().stream().filter(r -> r.state().equals("WAITING"))
                .sorted(Comparator.comparingInt(Request::position)).map(Request::id).toList();
    }

    /** The state of one request of the item as last shown; null when it is not in the queue. */
    synchronized String state(String itemId, String requestId) {
        Request request = queues.getOrDefault(itemId, Map.of()).get(requestId);
        return request == null ? null : request.state();
    }
}
