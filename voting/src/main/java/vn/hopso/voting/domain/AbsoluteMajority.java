package vn.hopso.voting.domain;

/** Quá nửa tổng số đại biểu: more than half of all delegates, the rule for resolutions. */
public record AbsoluteMajority() implements PassingRule {

    @Override
    public long votesNeeded(long totalDelegates) {
        return totalDelegates / 2 + 1;
    }
}
