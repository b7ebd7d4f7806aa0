package vn.hopso.meeting.realtime.protocol;

import org.jspecify.annotations.Nullable;

/** The outcome of reading one client frame. */
public sealed interface Decoded {

    record Command(@Nullable String ref, ClientCommand command) implements Decoded {
    }

    /** Unreadable: answered with an error frame, nothing else happens. */
    record Rejected(@Nullable String ref, String code, String message) implements Decoded {
    }
}
