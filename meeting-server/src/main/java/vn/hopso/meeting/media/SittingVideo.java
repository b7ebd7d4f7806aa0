package vn.hopso.meeting.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaEvents;
import vn.hopso.media.domain.MediaFailure;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.media.domain.NotJoined;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.media.domain.SessionDescription;
import vn.hopso.meeting.api.Microphones;
import vn.hopso.meeting.api.SpeakerEntry;
import vn.hopso.meeting.media.RoomVideo.Attendee;
import vn.hopso.meeting.realtime.Peer;
import vn.hopso.meeting.realtime.protocol.MediaMessage.FeedOffer;
import vn.hopso.meeting.realtime.protocol.MediaMessage.PublishAnswer;
import vn.hopso.meeting.realtime.protocol.MediaMessage.Receiving;

/**
 * The sittings' video on this node: sockets join a sitting's room, publish, receive one another's feeds, and leave
 * (or close), and the floor decides whose microphone the node lets through. Everything runs on one thread of its own,
 * in order, so that the rooms' state needs no lock and Janus' events and the sockets' commands never race; a socket is
 * answered with media messages, a failure with a coded {@code media.error}.
 */
final class SittingVideo implements MediaEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SittingVideo.class);

    private final MediaNode media;
    private final Map<UUID, RoomVideo> rooms = new HashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual()
            .name("sitting-video").factory());

    SittingVideo(MediaNode media) {
        this.media = media;
    }

    void join(Peer peer, UUID sittingId, MediaIdentity who, @Nullable String ref) {
        answering(peer, sittingId, ref, null, janus -> {
            RoomVideo room = rooms.computeIfAbsent(sittingId, id -> new RoomVideo(id, janus));
            room.attendeeOn(peer).ifPresent(earlier -> depart(janus, room, earlier));
            room.attendee(who.participant()).ifPresent(elsewhere -> {
                depart(janus, room, elsewhere);
                elsewhere.peer.send(MediaErrors.replaced(sittingId));
            });
            janus.join(room.room, who.participant(), who.name());
            Attendee attendee = new Attendee(peer, who);
            room.seat(attendee);
            room.announce();
            room.attendees().stream().filter(feed -> feed.up && feed != attendee)
                    .forEach(feed -> offer(janus, room, attendee, feed));
        });
    }

    void publish(Peer peer, UUID sittingId, String sdp, @Nullable String ref) {
        asJoined(peer, sittingId, ref, null, (janus, room, attendee) -> {
            SessionDescription answer = janus.publish(room.room, attendee.id(), new SessionDescription(sdp));
            peer.send(new PublishAnswer(sittingId, answer.sdp()));
        });
    }

    void answer(Peer peer, UUID sittingId, String feed, String sdp, @Nullable String ref) {
        asJoined(peer, sittingId, ref, feed, (janus, room, attendee) -> {
            janus.answer(room.room, attendee.id(), new ParticipantId(feed), new SessionDescription(sdp));
            if (!attendee.pictures) {
                janus.receiveVideo(room.room, attendee.id(), new ParticipantId(feed), false);
            }
        });
    }

    /** The socket takes the others' pictures, or their sound only: every feed it receives now, and later ones. */
    void receive(Peer peer, UUID sittingId, boolean pictures, @Nullable String ref) {
        asJoined(peer, sittingId, ref, null, (janus, room, attendee) -> {
            attendee.pictures = pictures;
            room.attendees().stream().filter(feed -> feed.up && feed != attendee).forEach(feed -> {
                try {
                    janus.receiveVideo(room.room, attendee.id(), feed.id(), pictures);
                } catch (NotJoined notYet) {
                    // Offered and not yet answered: the answer applies the choice.
                }
            });
            peer.send(new Receiving(sittingId, pictures));
        });
    }

    void leave(Peer peer, UUID sittingId) {
        answering(peer, sittingId, null, null, janus -> attendeeOn(peer, sittingId).ifPresent(attendee -> {
            RoomVideo room = rooms.get(sittingId);
            depart(janus, room, attendee);
            room.announce();
        }));
    }

    /** The socket closed: it leaves every room it joined, and Janus keeps no handle of it. */
    void closed(Peer peer) {
        execute(() -> media.rooms().ifPresent(janus -> rooms.values().forEach(room ->
                room.attendeeOn(peer).ifPresent(attendee -> {
                    depart(janus, room, attendee);
                    room.announce();
                }))));
    }

    /** The chair set whose microphones are let through: every socket in the room is told. */
    void microphones(Peer peer, UUID sittingId, Microphones microphones, @Nullable String ref) {
        answering(peer, sittingId, ref, null, janus -> {
            RoomVideo room = rooms.computeIfAbsent(sittingId, id -> new RoomVideo(id, janus));
            room.microphones(microphones);
            room.announce();
        });
    }

    /** An item's speaker queue changed: the floor follows whoever now speaks (or nobody). */
    void speakersChanged(UUID sittingId, List<SpeakerEntry> changed) {
        execute(() -> media.rooms().ifPresent(janus -> {
            RoomVideo room = rooms.computeIfAbsent(sittingId, id -> new RoomVideo(id, janus));
            Optional<ParticipantId> speaker = Speech.next(room.speaker(), changed);
            if (speaker.equals(room.speaker())) {
                return;
            }
            var floor = room.moderation.floor();
            room.moderation.change(speaker.map(floor::givenTo).orElseGet(floor::ended));
            room.announce();
        }));
    }

    /** The sitting ended: its room is destroyed (by {@link SittingMediaRooms}) and its sockets are told. */
    void sittingEnded(UUID sittingId) {
        execute(() -> {
            RoomVideo room = rooms.remove(sittingId);
            if (room != null) {
                room.attendees().forEach(attendee -> attendee.peer.send(MediaErrors.ended(sittingId)));
            }
        });
    }

    @Override
    public void on(MediaEvent event) {
        execute(() -> follow(event));
    }

    /** How many sockets are in rooms on this node (tests check that closed sockets leave none). */
    int attendees() {
        return rooms.values().stream().mapToInt(room -> room.attendees().size()).sum();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void follow(MediaEvent event) {
        if (event instanceof MediaEvent.NodeLost) {
            rooms.values().forEach(room -> {
                room.moderation.on(event);
                room.attendees().forEach(attendee -> {
                    room.unseat(attendee);
                    attendee.peer.send(MediaErrors.nodeLost(room.sittingId));
                });
            });
            return;
        }
        MediaRooms janus = media.rooms().orElseThrow();
        for (RoomVideo room : rooms.values()) {
            room.moderation.on(event);
            switch (event) {
                case MediaEvent.MediaFlow flow when flow.room().equals(room.room) && flow.receiving() ->
                    room.attendee(flow.participant()).filter(feed -> !feed.up).ifPresent(feed -> {
                        feed.up = true;
                        room.attendees().stream().filter(other -> other != feed)
                                .forEach(other -> offer(janus, room, other, feed));
                        room.announce();
                    });
                case MediaEvent.ParticipantLeft left when left.room().equals(room.room) ->
                    room.attendee(left.participant()).ifPresent(gone -> {
                        room.unseat(gone);
                        gone.peer.send(MediaErrors.ended(room.sittingId));
                        room.announce();
                    });
                default -> {
                }
            }
        }
    }

    private void offer(MediaRooms janus, RoomVideo room, Attendee subscriber, Attendee feed) {
        try {
            SessionDescription offer = janus.subscribe(room.room, subscriber.id(), feed.id());
            subscriber.peer.send(new FeedOffer(room.sittingId, feed.id().value(), offer.sdp()));
        } catch (MediaFailure failure) {
            subscriber.peer.send(MediaErrors.of(null, room.sittingId, feed.id().value(), failure));
        }
    }

    private static void depart(MediaRooms janus, RoomVideo room, Attendee attendee) {
        room.unseat(attendee);
        try {
            janus.leave(room.room, attendee.id());
        } catch (MediaFailure failure) {
            LOG.warn("{} could not leave the media room {}: {}", attendee.id(), room.room, failure.getMessage());
        }
    }

    private Optional<Attendee> attendeeOn(Peer peer, UUID sittingId) {
        return Optional.ofNullable(rooms.get(sittingId)).flatMap(room -> room.attendeeOn(peer));
    }

    /** A command of a socket in the sitting's room, given the room and the socket's place in it. */
    @FunctionalInterface
    private interface JoinedTask {
        void run(MediaRooms janus, RoomVideo room, Attendee attendee);
    }

    /** Runs a joined socket's command on the video thread; a socket not in the room is told so. */
    private void asJoined(Peer peer, UUID sittingId, @Nullable String ref, @Nullable String feed, JoinedTask task) {
        answering(peer, sittingId, ref, feed, janus -> {
            Optional<Attendee> attendee = attendeeOn(peer, sittingId);
            if (attendee.isEmpty()) {
                peer.send(MediaErrors.notJoined(ref, sittingId));
                return;
            }
            task.run(janus, rooms.get(sittingId), attendee.get());
        });
    }

    /** Runs a socket's command on the video thread; a failure is answered to the socket, coded. */
    private void answering(Peer peer, UUID sittingId, @Nullable String ref, @Nullable String feed,
            java.util.function.Consumer<MediaRooms> task) {
        execute(() -> {
            Optional<MediaRooms> janus = media.rooms();
            if (janus.isEmpty()) {
                peer.send(MediaErrors.unavailable(ref, sittingId));
                return;
            }
            try {
                task.accept(janus.get());
            } catch (MediaFailure | IllegalArgumentException failure) {
                peer.send(MediaErrors.of(ref, sittingId, feed, failure));
            }
        });
    }

    private void execute(Runnable task) {
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("the sittings' video failed", e);
                }
            });
        } catch (RejectedExecutionException closing) {
            // the server is shutting down: its sockets and rooms go with it
        }
    }
}
