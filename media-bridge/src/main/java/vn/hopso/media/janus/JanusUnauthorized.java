package vn.hopso.media.janus;

/** The API secret (or a token) was wrong or missing (403), or the plugin is not allowed (405): a configuration error, not retried. */
public final class JanusUnauthorized extends JanusException {

    JanusUnauthorized(int code, String message) {
        super(code, message);
    }
}
