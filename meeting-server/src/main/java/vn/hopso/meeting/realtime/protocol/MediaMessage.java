package vn.hopso.meeting.realtime.protocol;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.MediaPublisher;
import vn.hopso.meeting.api.Microphones;

/** Video signalling sent to one socket, never to a sitting's subscribers: each answers that socket's own media. */
public sealed interface MediaMessage extends ServerMessage {

    /**
     * Who sends media in the sitting's video as this socket sees it: {@code self} is its own participant id,
     * {@code speaker} the one who holds the floor (shown large, the only one heard besides the chair), and
     * {@code publishers} everyone else whose media is up; {@code microphones}: whose microphones the server lets
     * through, as the chair set it. Sent on joining and whenever any of it changes.
     */
    @Wire("media.publishers")
    record MediaPublishers(UUID sittingId, String self, @Nullable String speaker, List<MediaPublisher> publishers,
            Microphones microphones) implements MediaMessage {
        public MediaPublishers {
            publishers = List.copyOf(publishers);
        }
    }

    /** The server's answer to the browser's {@code media.offer}: its media goes out. */
    @Wire("media.answer")
    record PublishAnswer(UUID sittingId, String sdp) implements MediaMessage {
    }

    /** What the socket receives from now on ({@code media.receive}): the pictures too, or the sound only. */
    @Wire("media.receiving")
    record Receiving(UUID sittingId, boolean video) implements MediaMessage {
    }

    /** An offer to receive one feed; the browser answers with {@code media.answer} naming the same feed. */
    @Wire("media.offer")
    record FeedOffer(UUID sittingId, String feed, String sdp) implements MediaMessage {
    }

    /**
     * The video of the sitting failed for this socket, or a media command was refused (nothing changed): {@code code}
     * is stable for the client to translate, {@code message} Vietnamese, ready to show. {@code feed} names the feed
     * when the error is about one.
     */
    @Wire("media.error")
    record MediaError(@Nullable String ref, UUID sittingId, @Nullable String feed, String code, String message)
            implements MediaMessage {
    }
}
