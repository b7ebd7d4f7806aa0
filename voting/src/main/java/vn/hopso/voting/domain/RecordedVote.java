package vn.hopso.voting.domain;

import org.jspecify.annotations.Nullable;

/**
 * That a delegate's vote on a ballot is recorded, and for a named ballot what it says; a secret ballot's record says
 * only that they voted ({@code cast} null), the choice being counted where nothing names them.
 */
public record RecordedVote(@Nullable Cast cast) {
}
