package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The caller's own vote on a ballot, recorded. A named ballot's says what it was ({@code choice} on a motion,
 * {@code marks} otherwise); a secret ballot's only that it is recorded ({@code secret}, no choice, no marks).
 */
public record OwnVote(UUID ballotId, boolean secret, @Nullable String choice, List<CastMark> marks) {
}
