package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The relays a browser's peer connections may use to reach the media server, with credentials of its own person
 * (coturn's time-limited scheme). Empty when the council runs no TURN server: the media server is then reached
 * directly.
 *
 * @param expiresAt when the credentials stop working: join the video again after it for new ones
 */
public record IceServers(List<IceServer> servers, @Nullable Instant expiresAt) {

    /** One entry of RTCConfiguration.iceServers. */
    public record IceServer(List<String> urls, String username, String credential) {
    }
}
