package vn.hopso.media.janus;

/** Janus no longer knows our session (458): it timed out or Janus restarted; its handles and rooms are gone. */
public final class JanusSessionLost extends JanusException {

    JanusSessionLost(int code, String message) {
        super(code, message);
    }
}
