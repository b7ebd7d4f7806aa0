package vn.hopso.voting.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Who takes the seats of one round. Of the candidates who reach the threshold, the most voted are elected, up to the
 * seats; candidates level on votes for the last seats are neither elected nor out, but tied, so that a further round
 * among them decides. A tie below the threshold decides nothing: those candidates are not elected either way.
 */
record SeatAllocation(Set<UUID> elected, Set<UUID> tied) {

    static SeatAllocation of(List<Nominee> candidates, NomineeMarks<Choice> marks, int seats, Threshold threshold) {
        List<Nominee> reaching = candidates.stream()
                .filter(candidate -> threshold.reachedBy(votes(marks, candidate)))
                .sorted(Comparator.comparingInt((Nominee candidate) -> votes(marks, candidate)).reversed())
                .toList();
        if (reaching.size() <= seats) {
            return new SeatAllocation(Nominees.ids(reaching), Set.of());
        }
        int lastSeatVotes = votes(marks, reaching.get(seats - 1));
        if (votes(marks, reaching.get(seats)) < lastSeatVotes) {
            return new SeatAllocation(Nominees.ids(reaching.subList(0, seats)), Set.of());
        }
        return new SeatAllocation(idsWhere(reaching, marks, votes -> votes > lastSeatVotes),
                idsWhere(reaching, marks, votes -> votes == lastSeatVotes));
    }

    CandidateOutcome outcomeOf(Nominee candidate) {
        if (elected.contains(candidate.id())) {
            return CandidateOutcome.ELECTED;
        }
        return tied.contains(candidate.id()) ? CandidateOutcome.TIED : CandidateOutcome.NOT_ELECTED;
    }

    private static int votes(NomineeMarks<Choice> marks, Nominee candidate) {
        return marks.of(candidate.id()).count(Choice.YES);
    }

    private static Set<UUID> idsWhere(List<Nominee> candidates, NomineeMarks<Choice> marks,
            IntPredicate votes) {
        return candidates.stream().filter(candidate -> votes.test(votes(marks, candidate))).map(Nominee::id)
                .collect(Collectors.toSet());
    }
}
