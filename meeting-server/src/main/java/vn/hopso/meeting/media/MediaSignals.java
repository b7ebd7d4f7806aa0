package vn.hopso.meeting.media;

import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.MediaSignalling;
import vn.hopso.meeting.realtime.Peer;
import vn.hopso.meeting.realtime.protocol.ClientCommand.AnswerFeed;
import vn.hopso.meeting.realtime.protocol.ClientCommand.JoinMedia;
import vn.hopso.meeting.realtime.protocol.ClientCommand.LeaveMedia;
import vn.hopso.meeting.realtime.protocol.ClientCommand.ReceiveMedia;
import vn.hopso.meeting.realtime.protocol.ClientCommand.MediaCommand;
import vn.hopso.meeting.realtime.protocol.ClientCommand.PublishMedia;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SetMicrophones;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.Visibility;

/**
 * Authorises each media command from the permission table, as a subscription is: only those who may follow the sitting
 * join its video (anyone else is told it does not exist), only those who may {@link Permission#SEND_VIDEO} send, only
 * the chair ({@link Permission#CHAIR_SITTING}) sets whose microphones are let through. The work itself is
 * {@link SittingVideo}'s.
 */
final class MediaSignals implements MediaSignalling {

    private final SittingStore sittings;
    private final MediaIdentities identities;
    private final SittingVideo video;

    MediaSignals(SittingStore sittings, MediaIdentities identities, SittingVideo video) {
        this.sittings = sittings;
        this.identities = identities;
        this.video = video;
    }

    @Override
    public void handle(Peer peer, Actor actor, @Nullable String ref, MediaCommand command) {
        Sitting sitting = sittings.find(command.sittingId())
                .filter(found -> actor.viewerIn(found.organisationId()).map(Viewer::clearance)
                        .filter(clearance -> Visibility.mayFollow(clearance, found)).isPresent())
                .orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        switch (command) {
            case JoinMedia join -> {
                if (join.audio() || join.video()) {
                    requireSender(actor, sitting);
                }
                video.join(peer, sitting.id(), identities.of(actor, sitting), ref);
            }
            case PublishMedia publish -> {
                requireSender(actor, sitting);
                video.publish(peer, sitting.id(), publish.sdp(), ref);
            }
            case AnswerFeed answer -> video.answer(peer, sitting.id(), answer.feed(), answer.sdp(), ref);
            case LeaveMedia leave -> video.leave(peer, sitting.id());
            case ReceiveMedia receive -> video.receive(peer, sitting.id(), receive.video(), ref);
            case SetMicrophones set -> {
                if (!actor.may(Permission.CHAIR_SITTING, sitting.organisationId())) {
                    throw Refusal.forbidden().exception();
                }
                video.microphones(peer, sitting.id(), set.microphones(), ref);
            }
        }
    }

    @Override
    public void closed(Peer peer) {
        video.closed(peer);
    }

    private static void requireSender(Actor actor, Sitting sitting) {
        if (!actor.may(Permission.SEND_VIDEO, sitting.organisationId())) {
            throw Refusal.forbidden().exception();
        }
    }
}
