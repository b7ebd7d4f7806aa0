package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One figure of a tally: how many valid ballots carry {@code mark} — for the motion itself ({@code nomineeId} null) or
 * for one person on the ballot.
 */
public record PaperMark(@Nullable UUID nomineeId, String mark, int count) {
}
