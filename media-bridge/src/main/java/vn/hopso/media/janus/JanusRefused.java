package vn.hopso.media.janus;

/** Any other refusal of the Janus core (a malformed or unknown request, an unknown plugin, …). */
public final class JanusRefused extends JanusException {

    JanusRefused(int code, String message) {
        super(code, message);
    }
}
