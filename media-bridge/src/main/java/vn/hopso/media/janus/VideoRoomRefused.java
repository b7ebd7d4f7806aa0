package vn.hopso.media.janus;

/** The VideoRoom plugin refused a request; {@link #reason()} names the plugin's error code. */
public final class VideoRoomRefused extends JanusException {

    /** The VideoRoom error codes our code reacts to; the rest are {@link #OTHER}. */
    public enum Reason {
        NO_SUCH_ROOM(426),
        ROOM_EXISTS(427),
        NO_SUCH_FEED(428),
        MISSING_ELEMENT(429),
        INVALID_ELEMENT(430),
        UNAUTHORIZED(433),
        ALREADY_JOINED(425),
        OTHER(0);

        private final int code;

        Reason(int code) {
            this.code = code;
        }

        static Reason of(int code) {
            for (Reason reason : values()) {
                if (reason.code == code) {
                    return reason;
                }
            }
            return OTHER;
        }
    }

    private final Reason reason;

    VideoRoomRefused(int code, String error) {
        super(code, "VideoRoom refused (" + code + "): " + error);
        this.reason = Reason.of(code);
    }

    public Reason reason() {
        return reason;
    }
}
