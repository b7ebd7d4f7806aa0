package vn.hopso.meeting.realtime;

import org.jspecify.annotations.Nullable;

/**
 * One client frame put back together from the pieces the container hands over. The container's buffer per connection
 * is kept far smaller than the largest frame a client may send (a video offer), because every connection pays for it
 * as long as it lives; the rare large frame is gathered here, and only while it arrives. Past {@code maxBytes} (UTF-8)
 * its text is no longer kept, only counted: the frame is then too large, and once it passes {@code closeAtBytes} the
 * client is taken to be flooding.
 */
final class FrameAssembly {

    /** What a piece completed, if anything. */
    sealed interface Outcome {
        /** The frame is not over yet. */
        record Incomplete() implements Outcome {
        }

        /** A whole frame within the limit. */
        record Whole(String text) implements Outcome {
        }

        /** A whole frame above the limit: refused, the connection stays. */
        record TooLarge() implements Outcome {
        }

        /** Still arriving, and far above the limit: the connection is closed. */
        record Flooding() implements Outcome {
        }
    }

    private static final Outcome INCOMPLETE = new Outcome.Incomplete();

    private final int maxBytes;
    private final int closeAtBytes;
    private @Nullable StringBuilder pending;
    private long bytes;

    FrameAssembly(int maxBytes, int closeAtBytes) {
        if (closeAtBytes < maxBytes) {
            throw new IllegalArgumentException("closeAtBytes below maxBytes");
        }
        this.maxBytes = maxBytes;
        this.closeAtBytes = closeAtBytes;
    }

    /** Takes the next piece of the frame; {@code last} says it ends it. */
    synchronized Outcome add(String piece, boolean last) {
        bytes += utf8Length(piece);
        if (bytes > closeAtBytes) {
            reset();
            return new Outcome.Flooding();
        }
        if (bytes > maxBytes) {
            pending = null;
            if (!last) {
                return INCOMPLETE;
            }
            reset();
            return new Outcome.TooLarge();
        }
        if (last && pending == null) {
            reset();
            return new Outcome.Whole(piece);
        }
        if (pending == null) {
            pending = new StringBuilder(piece.length() * 2);
        }
        pending.append(piece);
        if (!last) {
            return INCOMPLETE;
        }
        String whole = pending.toString();
        reset();
        return new Outcome.Whole(whole);
    }

    private void reset() {
        pending = null;
        bytes = 0;
    }

    private static int utf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
