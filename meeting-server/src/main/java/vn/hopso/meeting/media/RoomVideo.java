package vn.hopso.meeting.media;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.hopso.media.domain.Floor;
import vn.hopso.media.domain.FloorModeration;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.media.domain.ParticipantId;
import vn.hopso.meeting.realtime.Peer;
import vn.hopso.meeting.api.MediaPublisher;
import vn.hopso.meeting.api.Microphones;
import vn.hopso.meeting.realtime.protocol.MediaMessage.MediaPublishers;

/**
 * The video of one sitting on this node: who joined from which socket, whose media is up, and the floor the
 * microphones follow. Used from {@link SittingVideo}'s one thread only.
 */
final class RoomVideo {

    /** One socket in the room. {@code up}: its media reached the node, so others can receive it. */
    static final class Attendee {
        final Peer peer;
        final MediaIdentity identity;
        boolean up;
        /** Whether it receives the others' pictures, or their sound only. */
        boolean pictures = true;

        Attendee(Peer peer, MediaIdentity identity) {
            this.peer = peer;
            this.identity = identity;
        }

        ParticipantId id() {
            return identity.participant();
        }
    }

    final UUID sittingId;
    final MediaRoomId room;
    final FloorModeration moderation;
    private final Map<ParticipantId, Attendee> attendees = new LinkedHashMap<>();
    private final Set<ParticipantId> chairs = new HashSet<>();

    RoomVideo(UUID sittingId, MediaRooms rooms) {
        this.sittingId = sittingId;
        this.room = MediaRoomId.ofSitting(sittingId);
        this.moderation = new FloorModeration(rooms, room, Floor.presidedBy(Set.of()));
    }

    Optional<Attendee> attendee(ParticipantId participant) {
        return Optional.ofNullable(attendees.get(participant));
    }

    Optional<Attendee> attendeeOn(Peer peer) {
        return attendees.values().stream().filter(a -> a.peer.id().equals(peer.id())).findFirst();
    }

    List<Attendee> attendees() {
        return List.copyOf(attendees.values());
    }

    /** Seats the attendee; a chair presides from now on (before Janus reports the join, so it starts live). */
    void seat(Attendee attendee) {
        attendees.put(attendee.id(), attendee);
        if (attendee.identity.chair() && chairs.add(attendee.id())) {
            Floor floor = moderation.floor();
            moderation.change(new Floor(chairs, floor.speaker(), floor.selfUnmute(), floor.chairsMuted()));
        }
    }

    void unseat(Attendee attendee) {
        attendees.remove(attendee.id(), attendee);
    }

    boolean isEmpty() {
        return attendees.isEmpty();
    }

    Optional<ParticipantId> speaker() {
        return moderation.floor().speaker();
    }

    /** What the attendee is told of the room: the floor, and everyone else whose media is up. */
    MediaPublishers seenBy(Attendee viewer) {
        List<MediaPublisher> publishers = attendees.values().stream()
                .filter(other -> other.up && other != viewer)
                .map(other -> new MediaPublisher(other.id().value(), other.identity.name()))
                .toList();
        return new MediaPublishers(sittingId, viewer.id().value(), speaker().map(ParticipantId::value).orElse(null),
                publishers, microphones());
    }

    /** Whose microphones the floor lets through now. */
    Microphones microphones() {
        Floor floor = moderation.floor();
        if (floor.chairsMuted()) {
            return Microphones.SPEAKER_ONLY;
        }
        return floor.selfUnmute() ? Microphones.OPEN : Microphones.FLOOR;
    }

    /** The chair's say over the microphones; the speaker, if any, keeps the floor. */
    void microphones(Microphones microphones) {
        Floor floor = moderation.floor();
        moderation.change(new Floor(floor.chairs(), floor.speaker(), microphones == Microphones.OPEN,
                microphones == Microphones.SPEAKER_ONLY));
    }

    /** Tells every attendee how the room stands now. */
    void announce() {
        attendees.values().forEach(attendee -> attendee.peer.send(seenBy(attendee)));
    }
}
