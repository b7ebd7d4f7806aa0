package vn.hopso.voting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages the way results are announced: two decimals, rounded half up (1 of 800 is 0.13 %, not 0.12 %). */
final class Percent {

    static final int SCALE = 2;

    private Percent() {
    }

    /** {@code count} as a percentage of {@code base}; 0.00 when the base is empty, since the count is then nothing. */
    static BigDecimal of(long count, long base) {
        if (base == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), SCALE, RoundingMode.HALF_UP);
    }
}
