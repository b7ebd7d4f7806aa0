package vn.hopso.meeting.api;

import java.util.UUID;

/** How many of those entitled have voted on an open ballot: for the chair and staff, never with what they chose. */
public record BallotProgress(UUID ballotId, int voted, int entitled) {
}
