package vn.hopso.voting.domain;

/** The rule applied to one ballot, the size of its base and the votes it takes: what a result sheet announces. */
public record Threshold(PassingRule rule, int base, int votesNeeded) {

    public boolean reachedBy(int votes) {
        return votes >= votesNeeded;
    }

    /** E.g. "Quá 1/2 tổng số đại biểu (58): cần 30 phiếu". */
    public String description() {
        return rule.description() + " (" + base + "): cần " + votesNeeded + " phiếu";
    }
}
