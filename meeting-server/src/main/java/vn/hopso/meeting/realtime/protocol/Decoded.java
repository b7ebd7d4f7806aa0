package vn.hopso.meeting.realtime.protocol;

import org.jspecify.annotations.Nullable;

/** The outcome of reading one client frame. */
public sealed interface Decoded {

    /**
     * @param ref echoed in the answer
     * @param commandId the client's id for this action, the same when it sends it again: run once only
     */
    record Command(@Nullable String ref, @Nullable String commandId, ClientCommand command) implements Decoded {
    }

    /** Unreadable: answered with an error frame, nothing else happens. */
    record Rejected(@Nullable String ref, String code, String message) implements Decoded {
    }
}
