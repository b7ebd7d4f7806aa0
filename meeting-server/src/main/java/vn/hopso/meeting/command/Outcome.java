package vn.hopso.meeting.command;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.sitting.domain.SittingSnapshot;

/** How a command ended; the REST and WebSocket edges each translate it into their own answer. */
public sealed interface Outcome {

    /** Done and committed: the sitting as it now stands, and the id of what was made or changed. */
    record Applied(@Nullable UUID subjectId, SittingSnapshot after) implements Outcome {
    }

    /** Nothing changed, for the reason given. */
    record Rejected(Refusal refusal) implements Outcome {
    }

    /**
     * This caller already sent this command (same idempotency key): it ran once, and is not run again. What it made
     * or changed, and the sitting as it now stands, so that the repeat can be answered like the first.
     */
    record AlreadyApplied(@Nullable UUID subjectId, SittingSnapshot now) implements Outcome {
    }
}
