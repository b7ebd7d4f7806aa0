package vn.hopso.meeting.sitting.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One thing that changed in what viewers of one clearance see of a sitting; becomes one event on the wire. */
public sealed interface ViewChange {

    record Started(Shown sitting) implements ViewChange {
    }

    record Ended(Shown sitting) implements ViewChange {
    }

    /** Title, times, place, publication of the agenda. */
    record Updated(Shown sitting) implements ViewChange {
    }

    record ItemAdded(Shown.Item item) implements ViewChange {
    }

    /** A draft became published: new to members and the public, a changed state for staff. */
    record ItemPublished(Shown.Item item) implements ViewChange {
    }

    /** Changed text, position or number. */
    record ItemUpdated(Shown.Item item) implements ViewChange {
    }

    record ItemRemoved(UUID itemId) implements ViewChange {
    }

    /**
     * The item under discussion ({@code closed} when there is one but these viewers may not see it), and the one the
     * chair would move to next.
     */
    record CurrentMoved(@Nullable UUID itemId, boolean closed, @Nullable UUID nextItemId) implements ViewChange {
    }
}
