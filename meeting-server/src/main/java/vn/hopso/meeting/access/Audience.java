package vn.hopso.meeting.access;

import java.util.UUID;
import vn.hopso.meeting.api.Role;

/** One kind of recipient; {@link Recipients} is a union of them. */
public sealed interface Audience {

    boolean admits(Viewer viewer);

    /** Everyone of at least this clearance: {@code PUBLIC} is everyone who may view the sitting. */
    record AtLeast(Clearance clearance) implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return viewer.clearance().atLeast(clearance);
        }
    }

    /** Viewers of exactly this clearance: for what each clearance sees differently (numbering, hidden items). */
    record Exactly(Clearance clearance) implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return viewer.clearance() == clearance;
        }
    }

    /** One account: a vote acknowledgement, the answer to a request. */
    record Account(UUID accountId) implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return viewer.accountId().equals(accountId);
        }
    }

    /** The holders of one role in the organisation: the chair, the ballot committee. */
    record Holders(Role role) implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return viewer.holds(role);
        }
    }
}
