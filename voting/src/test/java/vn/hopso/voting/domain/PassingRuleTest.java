package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PassingRuleTest {

    @Test
    void absoluteMajorityNeedsMoreThanHalfOfAllDelegatesNotOfThosePresent() {
        PassingRule rule = new AbsoluteMajority();
        assertThat(rule.votesNeeded(58)).isEqualTo(30);
        assertThat(rule.passes(29, 58)).isFalse();
        assertThat(rule.passes(30, 58)).isTrue();
        assertThat(rule.votesNeeded(57)).isEqualTo(29);
    }

    @Test
    void twoThirdsIsAtLeastTwoThirdsOfAllDelegates() {
        PassingRule rule = new QualifiedMajority(2, 3);
        assertThat(rule.votesNeeded(58)).isEqualTo(39);
        assertThat(rule.passes(38, 58)).isFalse();
        assertThat(rule.votesNeeded(60)).isEqualTo(40);
        assertThat(rule.passes(40, 60)).isTrue();
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThatThrownBy(() -> new AbsoluteMajority().passes(59, 58)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QualifiedMajority(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultsAreAnnouncedAsShareOfTheTotal() {
        // Quảng Nam, 2018: 49 of 58 delegates in favour, although only 53 were present.
        assertThat(new ShareOfTotal(49, 58).percent()).isEqualByComparingTo(new BigDecimal("84.48"));
    }
}
