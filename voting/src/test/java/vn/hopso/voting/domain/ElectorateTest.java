package vn.hopso.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElectorateTest {

    @Test
    void resultsAreAnnouncedAsShareOfTheTotalAndOfThosePresent() {
        // Quảng Nam, 2018: 49 of 58 delegates in favour, although only 53 were present.
        Count yes = new Electorate(58, 53).count(49);
        assertThat(yes.count()).isEqualTo(49);
        assertThat(yes.percentOfTotal()).isEqualTo(new BigDecimal("84.48"));
        assertThat(yes.percentOfPresent()).isEqualTo(new BigDecimal("92.45"));
    }

    @ParameterizedTest(name = "{0} of {1} is {2} %")
    @CsvSource({
        "2, 3, 66.67", "1, 3, 33.33", "1, 8, 12.50", "1, 16, 6.25", "5, 8, 62.50",
        // exactly half a hundredth: half up rounds up where half even would round down to the even digit
        "1, 800, 0.13", "5, 800, 0.63", "1, 400, 0.25", "29, 58, 50.00", "0, 58, 0.00", "58, 58, 100.00"})
    void percentagesHaveTwoDecimalsRoundedHalfUp(int count, int total, String percent) {
        assertThat(new Electorate(total, total).count(count).percentOfTotal()).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void nobodyPresentGivesNoShareOfThosePresent() {
        Count nobody = new Electorate(58, 0).count(0);
        assertThat(nobody.percentOfPresent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(nobody.percentOfTotal()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void anElectorateHasAtLeastOneDelegateAndNoMorePresentThanElected() {
        assertThatThrownBy(() -> new Electorate(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Electorate(58, 59)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Electorate(58, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
