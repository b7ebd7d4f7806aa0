package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Phiếu biểu quyết on an agenda item, as every screen that may see it shows it. {@code options}: the marks a voter may
 * give (for each of the {@code nominees} when the ballot lists people). {@code rule}: the passing rule, in words in
 * {@code ruleDescription} (none for a confidence rating, whose thresholds are the law's). {@code changeAllowed}: a
 * named vote may be changed until the ballot closes; never a secret one. Fixed at opening: {@code totalElected} and
 * {@code entitled} (the delegates present then), and {@code closesAt} when it opened with a countdown: the server closes it
 * then, as the chair would. {@code result}: from closing on, never while votes are cast.
 * {@code rerunOf}: the annulled ballot this one runs again. {@code round}: an election's round, from 1;
 * {@code previousBallotId}: the round this one follows (round 2 on), null on a first round and on every other kind.
 */
public record Ballot(UUID id, UUID sittingId, UUID itemId, BallotKind kind, String title, boolean secret,
        boolean changeAllowed, @Nullable BallotRule rule, @Nullable String ruleDescription, List<BallotOption> options,
        List<BallotNominee> nominees, @Nullable Integer seats, @Nullable ElectionMode electionMode,
        @Nullable Integer round, BallotState state, Instant createdAt, @Nullable Instant openedAt,
        @Nullable Instant closesAt, @Nullable Instant closedAt, @Nullable Instant publishedAt, @Nullable Instant annulledAt,
        @Nullable String annulReason, @Nullable UUID rerunOf, @Nullable UUID previousBallotId,
        @Nullable Integer totalElected,
        @Nullable Integer entitled, @Nullable BallotResult result) {
}
