package vn.hopso.media.janus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaEvents;
import vn.hopso.media.domain.MediaKind;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRoomSpec;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.media.domain.NotJoined;
import vn.hopso.media.domain.NotPublishing;
import vn.hopso.media.domain.Participant;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.media.domain.SessionDescription;

/**
 * {@link MediaRooms} on a Janus VideoRoom node (run with {@code string_ids = true}, so rooms and participants keep
 * our ids). Room requests go through one administrative handle; each participant has a handle of its own, whose
 * events become {@link MediaEvent}s. When Janus loses our session, every seat is gone with it and the listener hears
 * {@link MediaEvent.NodeLost} once a new session is open.
 */
public final class JanusMediaRooms implements MediaRooms, JanusNode.SessionListener {

    static final String VIDEOROOM = "janus.plugin.videoroom";

    private final JanusNode node;
    private final RoomSecrets secrets;
    private final MediaEvents events;
    private final Map<Seat.Key, Seat> seats = new ConcurrentHashMap<>();
    private final Subscriptions subscriptions = new Subscriptions();
    private JanusHandle admin;
    private JanusSession adminSession;

    public JanusMediaRooms(JanusNode node, RoomSecrets secrets, MediaEvents events) {
        this.node = Objects.requireNonNull(node, "node");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.events = Objects.requireNonNull(events, "events");
        node.addListener(this);
    }

    @Override
    public void create(MediaRoomSpec spec) {
        ObjectNode body = request("create", spec.id());
        body.put("secret", secrets.of(spec.id()));
        body.put("description", spec.description());
        body.put("publishers", spec.maxPublishers());
        body.put("is_private", true);
        body.put("notify_joining", true);
        body.put("audiolevel_event", true);
        admin().request(body);
    }

    @Override
    public void destroy(MediaRoomId room) {
        ObjectNode body = request("destroy", room);
        body.put("secret", secrets.of(room));
        admin().request(body);
    }

    @Override
    public boolean exists(MediaRoomId room) {
        return admin().request(request("exists", room)).path("exists").asBoolean();
    }

    @Override
    public List<Participant> participants(MediaRoomId room) {
        List<Participant> participants = new ArrayList<>();
        for (JsonNode participant : admin().request(request("listparticipants", room)).path("participants")) {
            participants.add(new Participant(new ParticipantId(participant.path("id").asString()),
                    participant.path("display").asString(""), participant.path("publisher").asBoolean()));
        }
        return List.copyOf(participants);
    }

    @Override
    public void join(MediaRoomId room, ParticipantId participant, String display) {
        Seat seat = new Seat(new Seat.Key(room, participant), node.session().attach(VIDEOROOM));
        seat.handle().listen(event -> follow(seat, event));
        ObjectNode body = request("join", room);
        body.put("ptype", "publisher");
        body.put("id", participant.value());
        body.put("display", display);
        try {
            seat.handle().requestAndWait(body);
        } catch (JanusException refused) {
            release(seat);
            throw refused;
        }
        seats.put(seat.key(), seat);
        events.on(new MediaEvent.ParticipantJoined(room, participant));
    }

    @Override
    public SessionDescription publish(MediaRoomId room, ParticipantId participant, SessionDescription offer) {
        Seat seat = seat(room, participant);
        ObjectNode body = request("configure", room);
        body.put("audio", true);
        body.put("video", true);
        JsonNode configured = seat.handle().negotiate(body, Jsep.offer(offer));
        SeatEvents.streams(configured).ifPresent(seat::publishes);
        return Jsep.in(configured, "answer");
    }

    @Override
    public SessionDescription subscribe(MediaRoomId room, ParticipantId subscriber, ParticipantId feed) {
        seat(room, subscriber);
        return subscriptions.open(node.session(), Subscriptions.key(room, subscriber, feed));
    }

    @Override
    public void answer(MediaRoomId room, ParticipantId subscriber, ParticipantId feed, SessionDescription answer) {
        subscriptions.answer(Subscriptions.key(room, subscriber, feed), answer);
    }

    @Override
    public void receiveVideo(MediaRoomId room, ParticipantId subscriber, ParticipantId feed, boolean video) {
        subscriptions.receiveVideo(Subscriptions.key(room, subscriber, feed), video);
    }

    @Override
    public void unsubscribe(MediaRoomId room, ParticipantId subscriber, ParticipantId feed) {
        subscriptions.close(Subscriptions.key(room, subscriber, feed));
    }

    /** How many Janus handles our participants hold: their seats and their subscriptions. */
    public int handles() {
        return seats.size() + subscriptions.count();
    }

    @Override
    public void leave(MediaRoomId room, ParticipantId participant) {
        subscriptions.closeAllOf(room, participant);
        Seat seat = seats.remove(new Seat.Key(room, participant));
        if (seat == null) {
            return;
        }
        try {
            seat.handle().requestAndWait(request("leave", room));
        } finally {
            release(seat);
            events.on(new MediaEvent.ParticipantLeft(room, participant));
        }
    }

    @Override
    public void moderate(MediaRoomId room, ParticipantId participant, MediaKind kind, boolean muted) {
        Seat seat = seats.get(new Seat.Key(room, participant));
        List<String> mids = seat == null ? List.of() : seat.mids(kind);
        if (mids.isEmpty()) {
            throw new NotPublishing(room, participant, kind);
        }
        for (String mid : mids) {
            ObjectNode body = request("moderate", room);
            body.put("secret", secrets.of(room));
            body.put("id", participant.value());
            body.put("mid", mid);
            body.put("mute", muted);
            admin().request(body);
        }
    }

    @Override
    public void kick(MediaRoomId room, ParticipantId participant) {
        ObjectNode body = request("kick", room);
        body.put("secret", secrets.of(room));
        body.put("id", participant.value());
        admin().request(body);
    }

    @Override
    public void sessionLost() {
        seats.clear();
        subscriptions.clear();
        synchronized (this) {
            admin = null;
            adminSession = null;
        }
    }

    @Override
    public void sessionRestored(JanusSession session) {
        events.on(new MediaEvent.NodeLost());
    }

    private void follow(Seat seat, JsonNode event) {
        SeatEvents.streams(event).ifPresent(seat::publishes);
        SeatEvents.translate(seat.key().room(), seat.key().participant(), event).ifPresent(media -> {
            if (media instanceof MediaEvent.ParticipantLeft) {
                if (!seats.remove(seat.key(), seat)) {
                    return;
                }
                subscriptions.closeAllOf(seat.key().room(), seat.key().participant());
                release(seat);
            }
            events.on(media);
        });
    }

    /** Detaches a seat's handle; one Janus cannot detach now goes with our session, so the seat is gone either way. */
    private static void release(Seat seat) {
        release(seat.handle());
    }

    static void release(JanusHandle handle) {
        try {
            handle.detach();
        } catch (JanusException unreachable) {
            // nothing more to do: Janus drops the handle with the session
        }
    }

    private synchronized JanusHandle admin() {
        JanusSession session = node.session();
        if (admin == null || adminSession != session) {
            admin = session.attach(VIDEOROOM);
            adminSession = session;
        }
        return admin;
    }

    private Seat seat(MediaRoomId room, ParticipantId participant) {
        Seat seat = seats.get(new Seat.Key(room, participant));
        if (seat == null) {
            throw new NotJoined(room, participant);
        }
        return seat;
    }

    static ObjectNode request(String request, MediaRoomId room) {
        ObjectNode body = JanusHttp.JSON.createObjectNode();
        body.put("request", request);
        body.put("room", room.value());
        return body;
    }
}
