package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lấy phiếu tín nhiệm: one secret ballot listing several office holders, each rated "tín nhiệm cao", "tín nhiệm" or
 * "tín nhiệm thấp". Someone rated low by more than half and less than two thirds of the <em>total</em> of delegates may
 * resign; by two thirds or more, their dismissal is proposed (Resolution 96/2023/QH15). The thresholds are the law's
 * and not the council's to change.
 */
public record ConfidenceRating(List<Nominee> officeHolders) implements Ballot {

    /** "Tín nhiệm thấp" from more than half of the total: may resign. */
    public static final PassingRule MAY_RESIGN = PassingRule.ABSOLUTE_MAJORITY;

    /** "Tín nhiệm thấp" from two thirds of the total or more: dismissal proposed. */
    public static final PassingRule DISMISSAL = PassingRule.TWO_THIRDS_OF_TOTAL;

    private static final Set<Rating> LEVELS = EnumSet.allOf(Rating.class);

    public ConfidenceRating {
        officeHolders = Nominees.requireDistinct(officeHolders);
    }

    @Override
    public boolean secret() {
        return true;
    }

    /** Refuses a cast that rates someone not on the ballot or someone twice; leaving someone unrated is allowed. */
    @Override
    public Optional<CastRefusal> refusalOf(Cast cast) {
        if (!(cast instanceof RatingCast(List<Mark<Rating>> marks))) {
            return Optional.of(CastRefusal.wrongKind());
        }
        return Nominees.refusalOf(officeHolders, marks, LEVELS);
    }

    /** The electronic ballots counted. */
    public Tally<NomineeMarks<Rating>> electronicTally(List<RatingCast> casts) {
        return Tally.electronic(casts.size(), Nominees.count(casts.stream().map(RatingCast::marks).toList()));
    }

    /** What does not add up in these tallies; empty when a result can be declared. */
    public List<Discrepancy> discrepancies(Electorate electorate, List<Tally<NomineeMarks<Rating>>> tallies) {
        List<Discrepancy> found = new ArrayList<>(Tallies.ballotDiscrepancies(electorate, tallies));
        for (Tally<NomineeMarks<Rating>> tally : tallies) {
            found.addAll(Nominees.markDiscrepancies(officeHolders, tally, LEVELS));
        }
        return found;
    }

    /**
     * The rating of each office holder, electronic and paper ballots together.
     *
     * @throws TallyRejected when they do not add up, with the {@linkplain #discrepancies discrepancies}
     */
    public ConfidenceRatingResult result(Electorate electorate, List<Tally<NomineeMarks<Rating>>> tallies) {
        Tallies.refuseIfAny(discrepancies(electorate, tallies));
        Tallies.Totals<NomineeMarks<Rating>> totals = Tallies.sum(tallies, NomineeMarks.none());
        Threshold mayResign = MAY_RESIGN.threshold(electorate, totals.valid());
        Threshold dismissal = DISMISSAL.threshold(electorate, totals.valid());
        List<OfficeHolderRating> ratings = officeHolders.stream().map(officeHolder -> {
            MarkCounts<Rating> marks = totals.marks().of(officeHolder.id());
            int low = marks.count(Rating.LOW);
            RatingConsequence consequence = dismissal.reachedBy(low) ? RatingConsequence.DISMISSAL_PROPOSED
                    : mayResign.reachedBy(low) ? RatingConsequence.MAY_RESIGN : RatingConsequence.NONE;
            return new OfficeHolderRating(officeHolder, electorate.count(marks.count(Rating.HIGH)),
                    electorate.count(marks.count(Rating.MEDIUM)), electorate.count(low), consequence);
        }).toList();
        return new ConfidenceRatingResult(totals.turnout(electorate), mayResign, dismissal, ratings);
    }
}
