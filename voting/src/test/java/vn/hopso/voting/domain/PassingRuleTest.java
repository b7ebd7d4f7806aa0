package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassingRuleTest {

    @ParameterizedTest(name = "more than half of {0} needs {1}")
    @CsvSource({"58, 30", "57, 29", "60, 31", "1, 1", "2, 2", "3, 2", "0, 1"})
    void absoluteMajorityNeedsMoreThanHalf(int base, int needed) {
        assertThat(PassingRule.ABSOLUTE_MAJORITY.votesNeeded(base)).isEqualTo(needed);
    }

    @ParameterizedTest(name = "at least two thirds of {0} needs {1}")
    @CsvSource({"58, 39", "60, 40", "59, 40", "1, 1", "2, 2", "3, 2", "0, 1"})
    void twoThirdsNeedsTheShareRoundedUp(int base, int needed) {
        assertThat(PassingRule.TWO_THIRDS_OF_TOTAL.votesNeeded(base)).isEqualTo(needed);
    }

    @Test
    void aResolutionOf58DelegatesFailsWith29AndPassesWith30() {
        Electorate electorate = new Electorate(58, 58);
        Threshold threshold = PassingRule.ABSOLUTE_MAJORITY.threshold(electorate, 58);
        assertThat(threshold.reachedBy(29)).isFalse();
        assertThat(threshold.reachedBy(30)).isTrue();
    }

    @Test
    void aDismissalOf58DelegatesFailsWith38AndPassesWith39() {
        Threshold threshold = PassingRule.TWO_THIRDS_OF_TOTAL.threshold(new Electorate(58, 50), 50);
        assertThat(threshold.reachedBy(38)).isFalse();
        assertThat(threshold.reachedBy(39)).isTrue();
    }

    @Test
    void aDismissalOf60DelegatesPassesWithExactlyTwoThirds() {
        Threshold threshold = PassingRule.TWO_THIRDS_OF_TOTAL.threshold(new Electorate(60, 60), 60);
        assertThat(threshold.reachedBy(39)).isFalse();
        assertThat(threshold.reachedBy(40)).isTrue();
    }

    @Test
    void aCouncilOfOneNeedsItsOneDelegate() {
        Threshold threshold = PassingRule.ABSOLUTE_MAJORITY.threshold(new Electorate(1, 1), 1);
        assertThat(threshold.votesNeeded()).isEqualTo(1);
        assertThat(threshold.reachedBy(0)).isFalse();
        assertThat(threshold.reachedBy(1)).isTrue();
    }

    @Test
    void theTotalIsTheBaseWhateverThePresenceAndTheVotesCast() {
        Threshold threshold = PassingRule.ABSOLUTE_MAJORITY.threshold(new Electorate(58, 53), 40);
        assertThat(threshold.base()).isEqualTo(58);
        assertThat(threshold.votesNeeded()).isEqualTo(30);
    }

    @Test
    void majorityOfPresentCountsThosePresentAtOpening() {
        Threshold threshold = PassingRule.MAJORITY_OF_PRESENT.threshold(new Electorate(58, 53), 40);
        assertThat(threshold.base()).isEqualTo(53);
        assertThat(threshold.votesNeeded()).isEqualTo(27);
    }

    @Test
    void aShareOfVotesCastCountsTheValidVotes() {
        PassingRule rule = new PassingRule(Bound.AT_LEAST, new Fraction(3, 5), Base.VOTES_CAST);
        Threshold threshold = rule.threshold(new Electorate(58, 53), 40);
        assertThat(threshold.base()).isEqualTo(40);
        assertThat(threshold.votesNeeded()).isEqualTo(24);
    }

    @Test
    void strictAndNonStrictDifferOnlyWhereTheShareIsWhole() {
        PassingRule moreThanHalf = new PassingRule(Bound.MORE_THAN, Fraction.HALF, Base.TOTAL_ELECTED);
        PassingRule atLeastHalf = new PassingRule(Bound.AT_LEAST, Fraction.HALF, Base.TOTAL_ELECTED);
        assertThat(moreThanHalf.votesNeeded(60)).isEqualTo(31);
        assertThat(atLeastHalf.votesNeeded(60)).isEqualTo(30);
        assertThat(moreThanHalf.votesNeeded(59)).isEqualTo(30);
        assertThat(atLeastHalf.votesNeeded(59)).isEqualTo(30);
    }

    @Test
    void noRulePassesWithoutAVoteInFavourEvenWhenNobodyVoted() {
        PassingRule ofVotesCast = new PassingRule(Bound.AT_LEAST, Fraction.HALF, Base.VOTES_CAST);
        Threshold nobodyVoted = ofVotesCast.threshold(new Electorate(58, 0), 0);
        assertThat(nobodyVoted.votesNeeded()).isEqualTo(1);
        assertThat(nobodyVoted.reachedBy(0)).isFalse();
        assertThat(PassingRule.MAJORITY_OF_PRESENT.threshold(new Electorate(58, 0), 0).reachedBy(0)).isFalse();
    }

    @Test
    void unanimityOfThoseVotingIsAtLeastTheWhole() {
        PassingRule unanimous = new PassingRule(Bound.AT_LEAST, new Fraction(1, 1), Base.VOTES_CAST);
        assertThat(unanimous.votesNeeded(40)).isEqualTo(40);
    }

    @Test
    void moreThanTheWholeIsRefusedBecauseItCanNeverPass() {
        assertThatThrownBy(() -> new PassingRule(Bound.MORE_THAN, new Fraction(3, 3), Base.PRESENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAreBetweenNothingAndTheWholeAndKeptInLowestTerms() {
        assertThatThrownBy(() -> new Fraction(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fraction(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fraction(-1, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Fraction(2, 4)).isEqualTo(Fraction.HALF);
        assertThat(new PassingRule(Bound.AT_LEAST, new Fraction(4, 6), Base.TOTAL_ELECTED))
                .isEqualTo(PassingRule.TWO_THIRDS_OF_TOTAL);
    }

    @Test
    void aNegativeBaseIsRefused() {
        assertThatThrownBy(() -> PassingRule.ABSOLUTE_MAJORITY.votesNeeded(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesAndThresholdsReadInVietnamese() {
        assertThat(PassingRule.ABSOLUTE_MAJORITY.description()).isEqualTo("Quá 1/2 tổng số đại biểu");
        assertThat(PassingRule.TWO_THIRDS_OF_TOTAL.description()).isEqualTo("Ít nhất 2/3 tổng số đại biểu");
        assertThat(PassingRule.MAJORITY_OF_PRESENT.description()).isEqualTo("Quá 1/2 số đại biểu có mặt");
        assertThat(PassingRule.ABSOLUTE_MAJORITY.threshold(new Electorate(58, 53), 50).description())
                .isEqualTo("Quá 1/2 tổng số đại biểu (58): cần 30 phiếu");
    }
}
