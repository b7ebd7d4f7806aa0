package vn.hopso.media.domain;

import java.util.Objects;

/**
 * An SDP offer or answer as a browser or the media node wrote it, with every ICE candidate in it (no trickle). Only
 * its shape is checked here; the media node refuses one it cannot read.
 */
public record SessionDescription(String sdp) {

    /** A browser's description of a few streams is a few kilobytes; this leaves room for many candidates. */
    public static final int MAX_LENGTH = 64 * 1024;

    public SessionDescription {
        Objects.requireNonNull(sdp, "sdp");
        if (!sdp.startsWith("v=0\r\n") && !sdp.startsWith("v=0\n")) {
            throw new IllegalArgumentException("an SDP starts with its version line v=0");
        }
        if (sdp.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an SDP is at most " + MAX_LENGTH + " characters");
        }
        if (sdp.chars().anyMatch(c -> c != '\r' && c != '\n' && Character.isISOControl(c))) {
            throw new IllegalArgumentException("an SDP is lines of text");
        }
    }
}
