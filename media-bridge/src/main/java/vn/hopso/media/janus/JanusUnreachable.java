package vn.hopso.media.janus;

/** Janus did not answer: nothing listens on its address, the connection broke, or the answer took too long. */
public final class JanusUnreachable extends JanusException {

    JanusUnreachable(String message, Throwable cause) {
        super(0, message, cause);
    }
}
