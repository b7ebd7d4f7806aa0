package vn.hopso.media.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Records the moderations asked for; participants in {@code silent} publish no audio, as the real port refuses. */
final class FakeMediaRooms implements MediaRooms {

    record Moderation(MediaRoomId room, ParticipantId participant, MediaKind kind, boolean muted) {
    }

    final List<Moderation> moderations = new ArrayList<>();
    final Set<ParticipantId> silent = new HashSet<>();

    @Override
    public void moderate(MediaRoomId room, ParticipantId participant, MediaKind kind, boolean muted) {
        if (silent.contains(participant)) {
            throw new NotPublishing(room, participant, kind);
        }
        moderations.add(new Moderation(room, participant, kind, muted));
    }

    @Override
    public void create(MediaRoomSpec spec) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void destroy(MediaRoomId room) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public boolean exists(MediaRoomId room) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public List<Participant> participants(MediaRoomId room) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void join(MediaRoomId room, ParticipantId participant, String display) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void leave(MediaRoomId room, ParticipantId participant) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void kick(MediaRoomId room, ParticipantId participant) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public SessionDescription publish(MediaRoomId room, ParticipantId participant, SessionDescription offer) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public SessionDescription subscribe(MediaRoomId room, ParticipantId subscriber, ParticipantId feed) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void answer(MediaRoomId room, ParticipantId subscriber, ParticipantId feed, SessionDescription answer) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void unsubscribe(MediaRoomId room, ParticipantId subscriber, ParticipantId feed) {
        throw new UnsupportedOperationException("not used by the floor");
    }

    @Override
    public void receiveVideo(MediaRoomId room, ParticipantId subscriber, ParticipantId feed, boolean video) {
        throw new UnsupportedOperationException("not used by the floor");
    }
}
