package vn.hopso.media.janus;

import vn.hopso.media.domain.MediaFailure;

/**
 * Janus refused a request or could not be reached. The subtype tells what to do about it: a lost session is
 * reconnected, a wrong secret is a configuration error, a refused VideoRoom request names the plugin's reason.
 */
public abstract sealed class JanusException extends MediaFailure
        permits JanusUnreachable, JanusUnauthorized, JanusSessionLost, JanusHandleLost, JanusRefused,
        VideoRoomRefused {

    private final int code;

    JanusException(int code, String message) {
        super(message);
        this.code = code;
    }

    JanusException(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Janus' error code (0 when Janus did not answer at all). */
    public int code() {
        return code;
    }

    /** The exception for an error of the Janus core ({@code "janus": "error"}). */
    static JanusException core(int code, String reason) {
        String message = "Janus refused (" + code + "): " + reason;
        return switch (code) {
            case 403, 405 -> new JanusUnauthorized(code, message);
            case 458 -> new JanusSessionLost(code, message);
            case 459 -> new JanusHandleLost(code, message);
            default -> new JanusRefused(code, message);
        };
    }
}
