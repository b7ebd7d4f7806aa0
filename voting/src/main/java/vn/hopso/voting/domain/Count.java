package vn.hopso.voting.domain;

import java.math.BigDecimal;

/**
 * One line of a result sheet: a count, its percentage of the total elected (the figure the law and the announcement
 * use: 49 of 58 = 84.48 %) and of those present, each with two decimals rounded half up. Made by
 * {@link Electorate#count(int)}.
 */
public record Count(int count, BigDecimal percentOfTotal, BigDecimal percentOfPresent) {
}
