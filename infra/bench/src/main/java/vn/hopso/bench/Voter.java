package vn.hopso.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One delegate voting from one tab, as the web client does: each vote carries a {@code commandId} of its own, chosen
 * once per ballot and sent again with every retry, so that the server counts it once however often it arrives. Keeps,
 * per ballot, when the vote was first sent, when its {@code command.accepted} (the acknowledgement) and its
 * {@code ballot.recorded} came, and a refusal if there was one. The tab may be replaced (a reconnect to another node);
 * the delegate's record stays.
 */
final class Voter implements Consumer<String> {

    private static final String REF = "\"ref\":\"";
    private static final String CAST_REF = "cast:";
    private static final String RECORDED = "{\"type\":\"ballot.recorded\",\"ballotId\":\"";
    private static final int UUID_LENGTH = 36;

    /** One delegate's vote on one ballot, as its client saw it; times from {@link System#nanoTime()}. */
    record Vote(String choice, long sentNanos, int attempts, Long ackNanos, boolean repeated, Long recordedNanos,
            String refusal) {

        boolean acknowledged() {
            return ackNanos != null;
        }
    }

    private final String sittingId;
    private final int number;
    private final Map<String, Vote> votes = new ConcurrentHashMap<>();
    private volatile RawWebSocket tab;
    private volatile BallotScreen screen;

    Voter(String sittingId, int number) {
        this.sittingId = sittingId;
        this.number = number;
    }

    /** The tab the delegate votes from from now on, and what it shows. */
    void attach(RawWebSocket tab, BallotScreen screen) {
        this.tab = tab;
        this.screen = screen;
    }

    RawWebSocket tab() {
        return tab;
    }

    BallotScreen screen() {
        return screen;
    }

    /** Sends the vote (again, after a first time: same choice, same {@code commandId}); false when the tab is gone. */
    boolean cast(String ballotId, String choice) {
        Vote before = votes.compute(ballotId, (id, vote) -> vote == null
                ? new Vote(choice, System.nanoTime(), 1, null, false, null, null)
                : new Vote(vote.choice(), vote.sentNanos(), vote.attempts() + 1, vote.ackNanos(), vote.repeated(),
                        vote.recordedNanos(), null));
        String frame = "{\"type\":\"ballot.cast\",\"ref\":\"" + CAST_REF + ballotId + "\",\"commandId\":\"vote-"
                + ballotId + "-" + number + "\",\"sittingId\":\"" + sittingId + "\",\"ballotId\":\"" + ballotId
                + "\",\"choice\":\"" + before.choice() + "\"}";
        try {
            tab.send(frame);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Vote vote(String ballotId) {
        return votes.get(ballotId);
    }

    @Override
    public void accept(String frame) {
        long arrived = System.nanoTime();
        if (frame.startsWith(RECORDED)) {
            String ballotId = frame.substring(RECORDED.length(), RECORDED.length() + UUID_LENGTH);
            votes.computeIfPresent(ballotId, (id, v) -> v.recordedNanos() != null ? v : new Vote(v.choice(),
                    v.sentNanos(), v.attempts(), v.ackNanos(), v.repeated(), arrived, v.refusal()));
            return;
        }
        int ref = frame.indexOf(REF + CAST_REF);
        if (ref < 0) {
            return;
        }
        int idAt = ref + REF.length() + CAST_REF.length();
        String ballotId = frame.substring(idAt, idAt + UUID_LENGTH);
        if (frame.startsWith("{\"type\":\"command.accepted\"")) {
            boolean repeated = frame.contains("\"repeated\":true");
            votes.computeIfPresent(ballotId, (id, v) -> v.acknowledged() ? v : new Vote(v.choice(), v.sentNanos(),
                    v.attempts(), arrived, repeated, v.recordedNanos(), null));
        } else if (frame.startsWith("{\"type\":\"error\"")) {
            votes.computeIfPresent(ballotId, (id, v) -> new Vote(v.choice(), v.sentNanos(), v.attempts(),
                    v.ackNanos(), v.repeated(), v.recordedNanos(), frame));
        }
    }
}
