package vn.hopso.media.janus;

/** Janus no longer knows a plugin handle (459): it was detached, or its session is gone. */
public final class JanusHandleLost extends JanusException {

    JanusHandleLost(int code, String message) {
        super(code, message);
    }
}
