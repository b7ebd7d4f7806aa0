package vn.hopso.meeting.media;

import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.BusListener;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.SittingEvent;

/**
 * Hands the sittings' committed floor changes to the video: the sitting code gives the floor and never hears of
 * microphones, this listener turns its {@code speakers.changed} into server-side mutes, and {@code sitting.ended} into
 * the end of the sitting's video. Runs on the bus's thread and returns at once.
 */
final class FloorFollower implements BusListener {

    private final SittingVideo video;
    private final ProtocolCodec codec;

    FloorFollower(SittingVideo video, ProtocolCodec codec) {
        this.video = video;
        this.codec = codec;
    }

    @Override
    public void onEvent(BusEvent event) {
        // most events are about other things: only these two kinds are decoded
        String frame = event.frame();
        if (!frame.contains("\"type\":\"speakers.changed\"") && !frame.contains("\"type\":\"sitting.ended\"")) {
            return;
        }
        switch (codec.decodeServerMessage(frame)) {
            case SittingEvent.SpeakersChanged changed -> video.speakersChanged(event.sittingId(), changed.requests());
            case SittingEvent.SittingEnded ended -> video.sittingEnded(ended.sitting().id());
            default -> {
            }
        }
    }

    @Override
    public void onNotice(Notice notice) {
        // notices move no floor
    }
}
