package vn.hopso.voting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A count shown the way results are announced: as a percentage of the total of delegates, two decimals. */
public record ShareOfTotal(long count, long total) {

    public ShareOfTotal {
        if (total <= 0 || count < 0 || count > total) {
            throw new IllegalArgumentException("a share needs 0 <= count <= total, total > 0: " + count + "/" + total);
        }
    }

    public BigDecimal percent() {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
