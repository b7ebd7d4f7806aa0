package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Biểu quyết một nội dung: a resolution, a dismissal or a procedural question, answered by each delegate with one of
 * the {@code choices} offered (YES and NO always, ABSTAIN unless the council leaves it out), and decided by
 * {@code rule} on the votes in favour.
 */
public record Motion(PassingRule rule, Set<Choice> choices, boolean secret) implements Ballot {

    public Motion {
        Objects.requireNonNull(rule, "rule");
        if (!choices.contains(Choice.YES) || !choices.contains(Choice.NO)) {
            throw new IllegalArgumentException("a motion offers at least YES and NO: " + choices);
        }
        choices = Set.copyOf(EnumSet.copyOf(choices));
    }

    /** A resolution (nghị quyết): open vote, YES / NO / ABSTAIN, more than half of the total to pass. */
    public static Motion resolution() {
        return open(PassingRule.ABSOLUTE_MAJORITY);
    }

    /** An open vote with the three choices, decided by {@code rule}. */
    public static Motion open(PassingRule rule) {
        return new Motion(rule, EnumSet.allOf(Choice.class), false);
    }

    @Override
    public Optional<CastRefusal> refusalOf(Cast cast) {
        if (!(cast instanceof MotionCast(Choice choice))) {
            return Optional.of(CastRefusal.wrongKind());
        }
        if (!choices.contains(choice)) {
            return Optional.of(new CastRefusal(CastRefusal.Reason.CHOICE_NOT_OFFERED,
                    "Lựa chọn này không có trên phiếu biểu quyết."));
        }
        return Optional.empty();
    }

    /** The electronic votes counted. */
    public Tally<MarkCounts<Choice>> electronicTally(List<MotionCast> casts) {
        MarkCounts<Choice> marks = MarkCounts.none();
        for (MotionCast cast : casts) {
            marks = marks.with(cast.choice(), 1);
        }
        return Tally.electronic(casts.size(), marks);
    }

    /** What does not add up in these tallies; empty when a result can be declared. */
    public List<Discrepancy> discrepancies(Electorate electorate, List<Tally<MarkCounts<Choice>>> tallies) {
        List<Discrepancy> found = new ArrayList<>(Tallies.ballotDiscrepancies(electorate, tallies));
        for (Tally<MarkCounts<Choice>> tally : tallies) {
            String source = tally.source().label();
            for (Choice choice : tally.marks().marks()) {
                if (!choices.contains(choice)) {
                    found.add(new Discrepancy(Discrepancy.Code.MARK_NOT_OFFERED,
                            "%s: có %d phiếu cho một lựa chọn không có trên phiếu."
                                    .formatted(source, tally.marks().count(choice))));
                }
            }
            if (tally.marks().total() != tally.valid()) {
                found.add(new Discrepancy(Discrepancy.Code.CHOICES_NOT_VALID,
                        "%s: tổng số phiếu theo các lựa chọn (%d) khác số phiếu hợp lệ (%d)."
                                .formatted(source, tally.marks().total(), tally.valid())));
            }
        }
        return found;
    }

    /**
     * The result of the tallies, electronic and paper together.
     *
     * @throws TallyRejected when they do not add up, with the {@linkplain #discrepancies discrepancies}
     */
    public MotionResult result(Electorate electorate, List<Tally<MarkCounts<Choice>>> tallies) {
        Tallies.refuseIfAny(discrepancies(electorate, tallies));
        Tallies.Totals<MarkCounts<Choice>> totals = Tallies.sum(tallies, MarkCounts.none());
        MarkCounts<Choice> marks = totals.marks();
        Threshold threshold = rule.threshold(electorate, totals.valid());
        int yes = marks.count(Choice.YES);
        MotionOutcome outcome = threshold.reachedBy(yes) ? MotionOutcome.PASSED : MotionOutcome.NOT_PASSED;
        return new MotionResult(totals.turnout(electorate), electorate.count(yes), electorate.count(marks.count(Choice.NO)),
                electorate.count(marks.count(Choice.ABSTAIN)), threshold, outcome);
    }
}
