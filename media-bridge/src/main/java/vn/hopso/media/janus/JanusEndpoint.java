package vn.hopso.media.janus;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a Janus node's HTTP API is and how we talk to it.
 *
 * @param uri            the API's base, e.g. {@code http://127.0.0.1:8088/janus}
 * @param apiSecret      Janus' {@code api_secret}, sent with every request (none when empty)
 * @param keepAlive      how often our session is kept alive; well under Janus' {@code session_timeout} (60 s by
 *                       default there)
 * @param requestTimeout how long one request (or the event answering an asynchronous one) may take
 * @param reconnectDelay the wait between attempts to open a new session after ours was lost
 */
public record JanusEndpoint(URI uri, String apiSecret, Duration keepAlive, Duration requestTimeout,
        Duration reconnectDelay) {

    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(25);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECONNECT_DELAY = Duration.ofSeconds(1);

    public JanusEndpoint {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(apiSecret, "apiSecret");
        requirePositive(keepAlive, "keepAlive");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(reconnectDelay, "reconnectDelay");
    }

    /** The defaults above for the given address and secret. */
    public static JanusEndpoint of(URI uri, String apiSecret) {
        return new JanusEndpoint(uri, apiSecret, DEFAULT_KEEP_ALIVE, DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_RECONNECT_DELAY);
    }

    public JanusEndpoint withKeepAlive(Duration interval) {
        return new JanusEndpoint(uri, apiSecret, interval, requestTimeout, reconnectDelay);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
