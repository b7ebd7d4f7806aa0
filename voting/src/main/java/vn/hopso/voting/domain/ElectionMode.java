package vn.hopso.voting.domain;

import java.util.EnumSet;
import java.util.Set;

/** How a ballot of an election is marked; the council's rules say which it uses. */
public enum ElectionMode {
    /**
     * Chọn k trong n: a ballot approves up to as many candidates as there are seats and says nothing of the others (on
     * paper, the names left un-struck).
     */
    APPROVAL(EnumSet.of(Choice.YES)),
    /** Đồng ý / không đồng ý with each candidate, with no more in favour than there are seats. */
    FOR_AGAINST(EnumSet.of(Choice.YES, Choice.NO));

    private final Set<Choice> marks;

    ElectionMode(Set<Choice> marks) {
        this.marks = Set.copyOf(marks);
    }

    /** The marks a ballot may give a candidate. */
    public Set<Choice> marks() {
        return marks;
    }
}
