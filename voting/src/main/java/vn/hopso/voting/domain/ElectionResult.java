package vn.hopso.voting.domain;

import java.util.List;
import java.util.Optional;

/**
 * Kết quả bầu cử of one round: each candidate's votes and outcome in ballot order, the turnout and the threshold; and
 * what is left for a further round, which the chair may hold (and storage links to this one).
 */
public record ElectionResult(Election election, Turnout turnout, Threshold threshold, List<CandidateResult> candidates)
        implements VoteResult {

    public ElectionResult {
        candidates = List.copyOf(candidates);
    }

    public List<Nominee> elected() {
        return withOutcome(CandidateOutcome.ELECTED);
    }

    public int seatsLeft() {
        return election.seats() - elected().size();
    }

    public RoundOutcome outcome() {
        if (!withOutcome(CandidateOutcome.TIED).isEmpty()) {
            return RoundOutcome.TIE_FOR_LAST_SEATS;
        }
        return seatsLeft() > 0 ? RoundOutcome.NOT_ENOUGH_ELECTED : RoundOutcome.COMPLETE;
    }

    /**
     * Who is still to be decided: after a tie, the tied candidates; when too few were elected, every candidate not
     * elected (the council may also nominate others for the next round); nobody once the seats are filled.
     */
    public List<Nominee> stillToDecide() {
        return switch (outcome()) {
            case TIE_FOR_LAST_SEATS -> withOutcome(CandidateOutcome.TIED);
            case NOT_ENOUGH_ELECTED -> withOutcome(CandidateOutcome.NOT_ELECTED);
            case COMPLETE -> List.of();
        };
    }

    /** The next round, for the seats left among those still to be decided; empty when there is nobody to vote on. */
    public Optional<Election> nextRound() {
        List<Nominee> stillToDecide = stillToDecide();
        return stillToDecide.isEmpty() ? Optional.empty() : Optional.of(election.nextRound(seatsLeft(), stillToDecide));
    }

    private List<Nominee> withOutcome(CandidateOutcome outcome) {
        return candidates.stream().filter(result -> result.outcome() == outcome).map(CandidateResult::candidate).toList();
    }
}
