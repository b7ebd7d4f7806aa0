package vn.hopso.media.janus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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

    /** A subscriber handle, and the mids of the video it receives (from Janus' answer to the join). */
    private record Open(JanusHandle handle, List<String> videoMids) {
    }

    private final Map<Key, Open> open = new ConcurrentHashMap<>();

    /** Joins a new subscriber handle to the feed and returns Janus' offer. */
    SessionDescription open(JanusSession session, Key key) {
        close(key);
        JanusHandle handle = session.attach(JanusMediaRooms.VIDEOROOM);
        ObjectNode body = JanusMediaRooms.request("join", key.room());
        body.put("ptype", "subscriber");
        body.putArray("streams").addObject().put("feed", key.feed().value());
        try {
            JsonNode joined = handle.negotiate(body);
            SessionDescription offer = Jsep.in(joined, "offer");
            open.put(key, new Open(handle, videoMids(joined)));
            return offer;
        } catch (JanusException refused) {
            JanusMediaRooms.release(handle);
            throw refused;
        }
    }

    /** Starts the subscription with the browser's answer. */
    void answer(Key key, SessionDescription answer) {
        opened(key).handle().negotiate(JanusMediaRooms.request("start", key.room()), Jsep.answer(answer));
    }

    /** Stops or resumes relaying the feed's video on this subscription (VideoRoom's per-stream {@code send}). */
    void receiveVideo(Key key, boolean video) {
        Open subscription = opened(key);
        ObjectNode body = JanusMediaRooms.request("configure", key.room());
        ArrayNode streams = body.putArray("streams");
        subscription.videoMids().forEach(mid -> streams.addObject().put("mid", mid).put("send", video));
        if (!streams.isEmpty()) {
            subscription.handle().requestAndWait(body);
        }
    }

    void close(Key key) {
        Open subscription = open.remove(key);
        if (subscription != null) {
            JanusMediaRooms.release(subscription.handle());
        }
    }

    private Open opened(Key key) {
        Open subscription = open.get(key);
        if (subscription == null) {
            throw new NotJoined(key.room(), key.subscriber());
        }
        return subscription;
    }

    /** The subscriber's video streams, as Janus lists them when the subscriber joins ({@code streams}). */
    private static List<String> videoMids(JsonNode joined) {
        List<String> mids = new ArrayList<>();
        joined.path("plugindata").path("data").path("streams").forEach(stream -> {
            if ("video".equals(stream.path("type").asString()) && stream.hasNonNull("mid")) {
                mids.add(stream.path("mid").asString());
            }
        });
        return List.copyOf(mids);
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
