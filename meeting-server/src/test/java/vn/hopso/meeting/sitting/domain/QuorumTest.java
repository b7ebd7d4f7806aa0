package vn.hopso.meeting.sitting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuorumTest {

    @Test
    void twoThirdsOfTheTotalElectedRoundedUp() {
        assertThat(QuorumRule.TWO_THIRDS.required(58)).isEqualTo(39);
        assertThat(QuorumRule.TWO_THIRDS.required(60)).isEqualTo(40);
        assertThat(QuorumRule.TWO_THIRDS.required(3)).isEqualTo(2);
        assertThat(QuorumRule.TWO_THIRDS.required(1)).isEqualTo(1);
        assertThat(new QuorumRule(1, 2).required(85)).isEqualTo(43);
    }

    @Test
    void quorateFromTheRequiredNumberOnAndNeverWithNobodyElected() {
        assertThat(Quorum.of(38, 58, QuorumRule.TWO_THIRDS).quorate()).isFalse();
        assertThat(Quorum.of(39, 58, QuorumRule.TWO_THIRDS)).isEqualTo(new Quorum(39, 58, 39, true));
        assertThat(Quorum.of(58, 58, QuorumRule.TWO_THIRDS).quorate()).isTrue();
        assertThat(Quorum.of(0, 0, QuorumRule.TWO_THIRDS).quorate()).isFalse();
    }

    @Test
    void aRuleIsAShareAndNoMoreCanBePresentThanAreElected() {
        assertThatThrownBy(() -> new QuorumRule(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuorumRule(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quorum.of(59, 58, QuorumRule.TWO_THIRDS)).isInstanceOf(IllegalArgumentException.class);
    }
}
