package vn.hopso.media.janus;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.NotJoined;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.media.domain.SessionDescription;

/**
 * The subscriptions of a node's participants: one VideoRoom subscriber handle for each publisher a participant
 * receives, so that each remote feed is one peer connection in the browser and can be closed on its own.
 */
final class Subscriptions {

    record Key(MediaRoomId room, ParticipantId subscriber, ParticipantId feed) {
    }

    private final Map<Key, JanusHandle> open = new ConcurrentHashMap<>();

    /** Joins a new subscriber handle to the feed and returns Janus' offer. */
    SessionDescription open(JanusSession session, Key key) {
        close(key);
        JanusHandle handle = session.attach(JanusMediaRooms.VIDEOROOM);
        ObjectNode body = JanusMediaRooms.request("join", key.room());
        body.put("ptype", "subscriber");
        body.putArray("streams").addObject().put("feed", key.feed().value());
        try {
            SessionDescription offer = Jsep.in(handle.negotiate(body), "offer");
            open.put(key, handle);
            return offer;
        } catch (JanusException refused) {
            JanusMediaRooms.release(handle);
            throw refused;
        }
    }

    /** Starts the subscription with the browser's answer. */
    void answer(Key key, SessionDescription answer) {
        JanusHandle handle = open.get(key);
        if (handle == null) {
            throw new NotJoined(key.room(), key.subscriber());
        }
        handle.negotiate(JanusMediaRooms.request("start", key.room()), Jsep.answer(answer));
    }

    void close(Key key) {
        JanusHandle handle = open.remove(key);
        if (handle != null) {
            JanusMediaRooms.release(handle);
        }
    }

    /** Closes what the participant receives, and what others receive of it. */
    void closeAllOf(MediaRoomId room, ParticipantId participant) {
        open.keySet().stream()
                .filter(key -> key.room().equals(room)
                        && (key.subscriber().equals(participant) || key.feed().equals(participant)))
                .toList()
                .forEach(this::close);
    }

    /** How many subscriptions are open (operators and tests check that none leak). */
    int count() {
        return open.size();
    }

    /** Forgets every subscription: Janus dropped them with our session. */
    void clear() {
        open.clear();
    }

    static Key key(MediaRoomId room, ParticipantId subscriber, ParticipantId feed) {
        return new Key(Objects.requireNonNull(room), Objects.requireNonNull(subscriber), Objects.requireNonNull(feed));
    }
}
