package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Bỏ phiếu tín nhiệm: a secret ballot of "tín nhiệm" or "không tín nhiệm" for each office holder on it. The office
 * holder loses the vote when the votes of no confidence reach {@code noConfidenceRule}.
 *
 * <p>The threshold is not among the verified rules these types rest on (only the two answers are), so it is the
 * council's to set; {@link #of(List)} uses more than half of the total of delegates, the share and base the law sets for
 * resolutions, until a council confirms its own rules.
 */
public record ConfidenceVote(List<Nominee> officeHolders, PassingRule noConfidenceRule) implements Ballot {

    private static final Set<Confidence> ANSWERS = EnumSet.allOf(Confidence.class);

    public ConfidenceVote {
        officeHolders = Nominees.requireDistinct(officeHolders);
        Objects.requireNonNull(noConfidenceRule, "noConfidenceRule");
    }

    /** A confidence vote lost with "không tín nhiệm" from more than half of the total of delegates. */
    public static ConfidenceVote of(List<Nominee> officeHolders) {
        return new ConfidenceVote(officeHolders, PassingRule.ABSOLUTE_MAJORITY);
    }

    @Override
    public boolean secret() {
        return true;
    }

    /** Refuses a cast that answers for someone not on the ballot or for someone twice. */
    @Override
    public Optional<CastRefusal> refusalOf(Cast cast) {
        if (!(cast instanceof ConfidenceCast(List<Mark<Confidence>> marks))) {
            return Optional.of(CastRefusal.wrongKind());
        }
        return Nominees.refusalOf(officeHolders, marks, ANSWERS);
    }

    /** The electronic ballots counted. */
    public Tally<NomineeMarks<Confidence>> electronicTally(List<ConfidenceCast> casts) {
        return Tally.electronic(casts.size(), Nominees.count(casts.stream().map(ConfidenceCast::marks).toList()));
    }

    /** What does not add up in these tallies; empty when a result can be declared. */
    public List<Discrepancy> discrepancies(Electorate electorate, List<Tally<NomineeMarks<Confidence>>> tallies) {
        List<Discrepancy> found = new ArrayList<>(Tallies.ballotDiscrepancies(electorate, tallies));
        for (Tally<NomineeMarks<Confidence>> tally : tallies) {
            found.addAll(Nominees.markDiscrepancies(officeHolders, tally, ANSWERS));
        }
        return found;
    }

    /**
     * The outcome for each office holder, electronic and paper ballots together.
     *
     * @throws TallyRejected when they do not add up, with the {@linkplain #discrepancies discrepancies}
     */
    public ConfidenceVoteResult result(Electorate electorate, List<Tally<NomineeMarks<Confidence>>> tallies) {
        Tallies.refuseIfAny(discrepancies(electorate, tallies));
        Tallies.Totals<NomineeMarks<Confidence>> totals = Tallies.sum(tallies, NomineeMarks.none());
        Threshold threshold = noConfidenceRule.threshold(electorate, totals.valid());
        List<OfficeHolderConfidence> results = officeHolders.stream().map(officeHolder -> {
            MarkCounts<Confidence> marks = totals.marks().of(officeHolder.id());
            int noTrust = marks.count(Confidence.NO_TRUST);
            ConfidenceOutcome outcome = threshold.reachedBy(noTrust) ? ConfidenceOutcome.NO_CONFIDENCE
                    : ConfidenceOutcome.NO_CONFIDENCE_NOT_REACHED;
            return new OfficeHolderConfidence(officeHolder, electorate.count(marks.count(Confidence.TRUST)),
                    electorate.count(noTrust), outcome);
        }).toList();
        return new ConfidenceVoteResult(totals.turnout(electorate), threshold, results);
    }
}
