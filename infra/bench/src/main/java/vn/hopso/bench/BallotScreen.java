package vn.hopso.bench;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * What one screen shows of a sitting's ballots, kept from its frames: each ballot's id by title, the ballots its
 * account was told it may vote on, and when a ballot's result (a {@code ballot.changed} carrying a closed ballot with
 * its count) arrived, and the staff's count of voters ({@code ballot.progress}). The result frames come to every
 * screen at once after a close, all read on one thread, so they are recognised by their text rather than parsed.
 */
final class BallotScreen implements Consumer<String> {

    private static final String CHANGED = "{\"type\":\"ballot.changed\",\"ballot\":{\"id\":\"";
    private static final String ENTITLED = "{\"type\":\"ballot.entitled\"";
    private static final String PROGRESS = "{\"type\":\"ballot.progress\"";
    private static final int UUID_LENGTH = 36;

    private final Map<String, String> idsByTitle = new ConcurrentHashMap<>();
    private final Set<String> entitled = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> resultArrivedNanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> voted = new ConcurrentHashMap<>();

    @Override
    public void accept(String frame) {
        if (frame.startsWith(CHANGED)) {
            long arrived = System.nanoTime();
            String id = frame.substring(CHANGED.length(), CHANGED.length() + UUID_LENGTH);
            if (frame.contains("\"state\":\"CLOSED\"") && !frame.contains("\"result\":null")) {
                resultArrivedNanos.putIfAbsent(id, arrived);
            } else if (!idsByTitle.containsValue(id)) {
                JsonNode ballot = Session.JSON.readTree(frame).get("ballot");
                idsByTitle.put(ballot.get("title").asString(), id);
            }
        } else if (frame.startsWith(ENTITLED)) {
            entitled.add(Session.JSON.readTree(frame).get("ballotId").asString());
        } else if (frame.startsWith(PROGRESS)) {
            JsonNode progress = Session.JSON.readTree(frame);
            voted.merge(progress.get("ballotId").asString(), progress.get("voted").asInt(), Math::max);
        }
    }

    /** The id of the ballot with this title, once the screen was shown it; null before. */
    String idOf(String title) {
        return idsByTitle.get(title);
    }

    boolean entitledTo(String ballotId) {
        return entitled.contains(ballotId);
    }

    /** How many have voted on the ballot, as the latest {@code ballot.progress} said (staff screens only). */
    int voted(String ballotId) {
        return voted.getOrDefault(ballotId, 0);
    }

    /** {@link System#nanoTime()} when the ballot's result arrived; null while it has not. */
    Long resultArrivedNanos(String ballotId) {
        return resultArrivedNanos.get(ballotId);
    }
}
