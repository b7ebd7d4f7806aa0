package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Bầu cử: one round of an election of {@code seats} people (a chair, vice-chairs, members) from {@code candidates},
 * always by secret ballot. A candidate is elected by reaching {@code rule} (more than half of the total, unless the
 * council's rules say otherwise) and ranking within the seats; a tie for the last seats, or too few reaching the
 * rule, leaves seats to a further round (see {@link ElectionResult#nextRound()}).
 */
public record Election(int round, List<Nominee> candidates, int seats, ElectionMode mode, PassingRule rule)
        implements Ballot {

    public Election {
        candidates = Nominees.requireDistinct(candidates);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(rule, "rule");
        if (round < 1 || seats < 1) {
            throw new IllegalArgumentException("an election has a round and a seat from 1 on: round " + round + ", " + seats
                    + " seats");
        }
    }

    /** The first round, each candidate elected with more than half of the total. */
    public static Election firstRound(List<Nominee> candidates, int seats, ElectionMode mode) {
        return new Election(1, candidates, seats, mode, PassingRule.ABSOLUTE_MAJORITY);
    }

    @Override
    public boolean secret() {
        return true;
    }

    @Override
    public Optional<CastRefusal> refusalOf(Cast cast) {
        if (!(cast instanceof ElectionCast electionCast)) {
            return Optional.of(CastRefusal.wrongKind());
        }
        return Nominees.refusalOf(candidates, electionCast.marks(), mode.marks()).or(() -> electionCast.approvals() > seats
                ? Optional.of(new CastRefusal(CastRefusal.Reason.TOO_MANY_APPROVALS,
                        "Chỉ được bầu tối đa %d người.".formatted(seats)))
                : Optional.empty());
    }

    /** The electronic votes counted. */
    public Tally<NomineeMarks<Choice>> electronicTally(List<ElectionCast> casts) {
        return Tally.electronic(casts.size(), Nominees.count(casts.stream().map(ElectionCast::marks).toList()));
    }

    /** What does not add up in these tallies; empty when a result can be declared. */
    public List<Discrepancy> discrepancies(Electorate electorate, List<Tally<NomineeMarks<Choice>>> tallies) {
        List<Discrepancy> found = new ArrayList<>(Tallies.ballotDiscrepancies(electorate, tallies));
        for (Tally<NomineeMarks<Choice>> tally : tallies) {
            found.addAll(Nominees.markDiscrepancies(candidates, tally, mode.marks()));
            int approvals = tally.marks().total(Choice.YES);
            if (approvals > (long) seats * tally.valid()) {
                found.add(new Discrepancy(Discrepancy.Code.APPROVALS_EXCEED_SEATS,
                        "%s: tổng số lượt bầu (%d) nhiều hơn mức tối đa %d (%d phiếu hợp lệ, mỗi phiếu bầu tối đa %d người)."
                                .formatted(tally.source().label(), approvals, (long) seats * tally.valid(), tally.valid(),
                                        seats)));
            }
        }
        return found;
    }

    /**
     * The result of this round, electronic and paper votes together.
     *
     * @throws TallyRejected when they do not add up, with the {@linkplain #discrepancies discrepancies}
     */
    public ElectionResult result(Electorate electorate, List<Tally<NomineeMarks<Choice>>> tallies) {
        Tallies.refuseIfAny(discrepancies(electorate, tallies));
        Tallies.Totals<NomineeMarks<Choice>> totals = Tallies.sum(tallies, NomineeMarks.none());
        Threshold threshold = rule.threshold(electorate, totals.valid());
        SeatAllocation allocation = SeatAllocation.of(candidates, totals.marks(), seats, threshold);
        List<CandidateResult> results = candidates.stream().map(candidate -> new CandidateResult(candidate,
                electorate.count(totals.marks().of(candidate.id()).count(Choice.YES)),
                electorate.count(totals.marks().of(candidate.id()).count(Choice.NO)),
                allocation.outcomeOf(candidate))).toList();
        return new ElectionResult(this, totals.turnout(electorate), threshold, results);
    }

    /** The round after this one: the same mode and rule, for {@code seatsLeft} among {@code stillToDecide}. */
    Election nextRound(int seatsLeft, List<Nominee> stillToDecide) {
        return new Election(round + 1, stillToDecide, seatsLeft, mode, rule);
    }
}
