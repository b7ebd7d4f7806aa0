package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.List;

/** The checks and the sum every kind of ballot applies to its tallies, whatever the marks. */
final class Tallies {

    private Tallies() {
    }

    /** Ballots that do not add up within a tally, or more voters than delegates present across them. */
    static <T extends Marks<T>> List<Discrepancy> ballotDiscrepancies(Electorate electorate, List<Tally<T>> tallies) {
        List<Discrepancy> found = new ArrayList<>();
        for (Tally<T> tally : tallies) {
            String source = tally.source().label();
            if (tally.returned() > tally.issued()) {
                found.add(new Discrepancy(Discrepancy.Code.RETURNED_EXCEEDS_ISSUED,
                        "%s: số phiếu thu vào (%d) nhiều hơn số phiếu phát ra (%d)."
                                .formatted(source, tally.returned(), tally.issued())));
            }
            if (tally.valid() + tally.invalid() != tally.returned()) {
                found.add(new Discrepancy(Discrepancy.Code.VALID_AND_INVALID_NOT_RETURNED,
                        "%s: số phiếu hợp lệ (%d) cộng số phiếu không hợp lệ (%d) là %d, khác số phiếu thu vào (%d)."
                                .formatted(source, tally.valid(), tally.invalid(), tally.valid() + tally.invalid(),
                                        tally.returned())));
            }
        }
        int voters = tallies.stream().mapToInt(Tally::returned).sum();
        if (voters > electorate.present()) {
            found.add(new Discrepancy(Discrepancy.Code.MORE_VOTERS_THAN_PRESENT,
                    "Tổng số phiếu điện tử và phiếu giấy thu vào (%d) nhiều hơn số đại biểu có mặt (%d)."
                            .formatted(voters, electorate.present())));
        }
        return found;
    }

    static void refuseIfAny(List<Discrepancy> discrepancies) {
        if (!discrepancies.isEmpty()) {
            throw new TallyRejected(discrepancies);
        }
    }

    /** The tallies added up; {@code none} is the marks of a tally that counted nothing. */
    static <T extends Marks<T>> Totals<T> sum(List<Tally<T>> tallies, T none) {
        Totals<T> totals = new Totals<>(0, 0, 0, 0, none);
        for (Tally<T> tally : tallies) {
            totals = new Totals<>(totals.issued() + tally.issued(), totals.returned() + tally.returned(),
                    totals.valid() + tally.valid(), totals.invalid() + tally.invalid(),
                    totals.marks().plus(tally.marks()));
        }
        return totals;
    }

    /** All tallies of a ballot together. */
    record Totals<T extends Marks<T>>(int issued, int returned, int valid, int invalid, T marks) {

        Turnout turnout(Electorate electorate) {
            return new Turnout(issued, returned, valid, invalid, electorate.count(returned),
                    electorate.count(electorate.present() - returned));
        }
    }
}
