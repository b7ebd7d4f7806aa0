package vn.hopso.voting.domain;

import java.util.List;

/** Kết quả bỏ phiếu tín nhiệm: each office holder's votes in ballot order, the turnout and the threshold applied. */
public record ConfidenceVoteResult(Turnout turnout, Threshold threshold, List<OfficeHolderConfidence> officeHolders)
        implements VoteResult {

    public ConfidenceVoteResult {
        officeHolders = List.copyOf(officeHolders);
    }
}
