package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/**
 * What the verifier found for one ballot: its chain of records recomputed and the tables held against it.
 * {@code headHash} is the hash of the last entry (announced, it shows a chain later rewritten whole);
 * {@code problems}: each alteration found, naming its table, in Vietnamese; none when {@code intact}.
 */
public record BallotVerification(UUID ballotId, String title, int entries, String headHash, boolean intact,
        List<String> problems) {
}
