package vn.hopso.meeting.media;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaEvents;
import vn.hopso.media.domain.MediaFailure;
import vn.hopso.media.domain.MediaRoomId;
import vn.hopso.media.domain.MediaRoomSpec;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.BusListener;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage;
import vn.hopso.meeting.realtime.protocol.SittingEvent;

/**
 * One media room per sitting: created when the sitting starts, destroyed when it ends, created again when the media
 * node lost its rooms. Follows the sittings' committed events on the bus; the Janus calls run on a thread of their
 * own, never on the bus's. Every node does this for the Janus it drives, so a room another node already made (or
 * removed) is taken as it is.
 */
final class SittingMediaRooms implements BusListener, MediaEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SittingMediaRooms.class);

    private final MediaNode media;
    private final ProtocolCodec codec;
    private final int maxPublishers;
    private final Map<MediaRoomId, MediaRoomSpec> open = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual()
            .name("sitting-media-rooms").factory());

    SittingMediaRooms(MediaNode media, ProtocolCodec codec, int maxPublishers) {
        this.media = media;
        this.codec = codec;
        this.maxPublishers = maxPublishers;
    }

    @Override
    public void onEvent(BusEvent event) {
        // most events are about other things: only sitting.* frames are decoded
        if (!event.frame().contains("\"type\":\"sitting.")) {
            return;
        }
        ServerMessage message = codec.decodeServerMessage(event.frame());
        switch (message) {
            case SittingEvent.SittingStarted started -> {
                MediaRoomSpec spec = new MediaRoomSpec(MediaRoomId.ofSitting(started.sitting().id()),
                        started.sitting().title(), maxPublishers);
                worker.execute(() -> create(spec));
            }
            case SittingEvent.SittingEnded ended ->
                worker.execute(() -> destroy(MediaRoomId.ofSitting(ended.sitting().id())));
            default -> {
            }
        }
    }

    @Override
    public void onNotice(Notice notice) {
        // notices change no room
    }

    @Override
    public void on(MediaEvent event) {
        if (event instanceof MediaEvent.NodeLost) {
            worker.execute(() -> open.values().forEach(this::create));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Follows the sittings when this node has video; without it there is nothing to follow. */
    void follow(EventBus bus) {
        if (media.rooms().isPresent()) {
            media.listen(this);
            bus.subscribe(this);
        }
    }

    private void create(MediaRoomSpec spec) {
        open.put(spec.id(), spec);
        MediaRooms rooms = media.rooms().orElseThrow();
        try {
            if (!rooms.exists(spec.id())) {
                rooms.create(spec);
            }
        } catch (MediaFailure failure) {
            LOG.warn("could not create the media room {}: {}", spec.id(), failure.getMessage());
        }
    }

    private void destroy(MediaRoomId room) {
        open.remove(room);
        MediaRooms rooms = media.rooms().orElseThrow();
        try {
            if (rooms.exists(room)) {
                rooms.destroy(room);
            }
        } catch (MediaFailure failure) {
            LOG.warn("could not destroy the media room {}: {}", room, failure.getMessage());
        }
    }
}
