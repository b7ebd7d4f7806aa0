package vn.hopso.voting.domain;

/**
 * Ngưỡng thông qua: whether a vote passes, always counted against the <em>total</em> number of delegates of the
 * council, not those present or those who voted (Law 77/2015, Art. 91(3)).
 */
public sealed interface PassingRule permits AbsoluteMajority, QualifiedMajority {

    /** The smallest number of votes in favour that passes, for a council of {@code totalDelegates}. */
    long votesNeeded(long totalDelegates);

    default boolean passes(long inFavour, long totalDelegates) {
        if (inFavour < 0 || totalDelegates <= 0 || inFavour > totalDelegates) {
            throw new IllegalArgumentException(
                    "votes in favour must lie between 0 and the total of delegates: " + inFavour + "/" + totalDelegates);
        }
        return inFavour >= votesNeeded(totalDelegates);
    }
}
