package vn.hopso.voting.domain;

import java.util.List;

/**
 * Kết quả lấy phiếu tín nhiệm: each office holder's rating in ballot order, the turnout, and the two thresholds of
 * "tín nhiệm thấp" that apply: may resign from {@code mayResign}, dismissal proposed from {@code dismissal}.
 */
public record ConfidenceRatingResult(Turnout turnout, Threshold mayResign, Threshold dismissal,
        List<OfficeHolderRating> officeHolders) implements VoteResult {

    public ConfidenceRatingResult {
        officeHolders = List.copyOf(officeHolders);
    }
}
