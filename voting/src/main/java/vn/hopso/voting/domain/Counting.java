package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A ballot's votes as counters: one per mark it offers, for each person on it when it lists people. Counters are what a
 * secret ballot keeps of its choices (they say how many, never whose, nor in which order), and what a named ballot's
 * recorded votes add up to. Marks travel and are stored by their names ({@code YES}, {@code LOW}, {@code NO_TRUST}).
 */
public final class Counting {

    private Counting() {
    }

    /** One counter: a mark, for one person on the ballot ({@code nominee}) or, on a motion, for none. */
    public record Slot(@Nullable UUID nominee, String mark) {

        public Slot {
            Objects.requireNonNull(mark, "mark");
        }
    }

    /** What the counters of one ballot hold: how many delegates voted, and each counter. */
    public record Counted(int voters, Map<Slot, Integer> counts) {

        public Counted {
            counts = Map.copyOf(counts);
        }

        public int count(Slot slot) {
            return counts.getOrDefault(slot, 0);
        }
    }

    /** A mark a voter may give, with how it reads on screens and result sheets. */
    public record Option(String mark, String label) {
    }

    /** Every counter of the ballot, in ballot order: each person in turn, each mark in the order offered. */
    public static List<Slot> slots(Ballot ballot) {
        List<Slot> slots = new ArrayList<>();
        List<String> marks = options(ballot, ChoiceLabels.TAN_THANH).stream().map(Option::mark).toList();
        List<Nominee> people = people(ballot);
        if (people.isEmpty()) {
            marks.forEach(mark -> slots.add(new Slot(null, mark)));
        } else {
            people.forEach(person -> marks.forEach(mark -> slots.add(new Slot(person.id(), mark))));
        }
        return slots;
    }

    /** The counters one vote adds one to. */
    public static List<Slot> slotsOf(Cast cast) {
        return switch (cast) {
            case MotionCast motion -> List.of(new Slot(null, motion.choice().name()));
            case ElectionCast election -> slotsOf(election.marks());
            case RatingCast rating -> slotsOf(rating.marks());
            case ConfidenceCast confidence -> slotsOf(confidence.marks());
        };
    }

    /**
     * The vote a delegate sent, read for this ballot: a {@code choice} for a motion, {@code marks} for the people of
     * the others. Whether the ballot then accepts it is {@link Ballot#refusalOf(Cast)}'s to say.
     *
     * @throws VotingRefused when it is not a vote of this kind or names a mark that no ballot of the kind has
     */
    public static Cast castOf(Ballot ballot, @Nullable String choice, List<Slot> marks) {
        if ((ballot instanceof Motion) != (choice != null) || (ballot instanceof Motion && !marks.isEmpty())) {
            throw VotingRefusal.of(CastRefusal.wrongKind()).exception();
        }
        return switch (ballot) {
            case Motion motion -> new MotionCast(mark(Choice.class, choice));
            case Election election -> new ElectionCast(marks(marks, Choice.class));
            case ConfidenceRating rating -> new RatingCast(marks(marks, Rating.class));
            case ConfidenceVote vote -> new ConfidenceCast(marks(marks, Confidence.class));
        };
    }

    /** The marks a voter may give (for each person, when the ballot lists people), as they read. */
    public static List<Option> options(Ballot ballot, ChoiceLabels labels) {
        return switch (ballot) {
            case Motion motion -> Arrays.stream(Choice.values()).filter(motion.choices()::contains)
                    .map(choice -> new Option(choice.name(), labels.of(choice))).toList();
            case Election election -> election.mode() == ElectionMode.APPROVAL
                    ? List.of(new Option(Choice.YES.name(), "Bầu"))
                    : List.of(new Option(Choice.YES.name(), "Đồng ý"), new Option(Choice.NO.name(), "Không đồng ý"));
            case ConfidenceRating rating -> labelled(Rating.values(), Rating::label);
            case ConfidenceVote vote -> labelled(Confidence.values(), Confidence::label);
        };
    }

    /** The people on the ballot, in ballot order; none on a motion. */
    public static List<Nominee> people(Ballot ballot) {
        return switch (ballot) {
            case Motion motion -> List.of();
            case Election election -> election.candidates();
            case ConfidenceRating rating -> rating.officeHolders();
            case ConfidenceVote vote -> vote.officeHolders();
        };
    }

    /**
     * What the counted votes decide, by the ballot's rules, against {@code electorate}.
     *
     * @throws VotingRefused ({@code tally_rejected}) when they do not add up, naming the figures
     */
    public static VoteResult result(Ballot ballot, Electorate electorate, Counted counted) {
        return result(ballot, electorate, counted, null);
    }

    /**
     * What the electronic votes and the ballot committee's paper count ({@code paper}; null when there is none)
     * decide together, by the ballot's rules, against {@code electorate}.
     *
     * @throws VotingRefused ({@code tally_rejected}) when they do not add up, naming the figures
     */
    public static VoteResult result(Ballot ballot, Electorate electorate, Counted counted, @Nullable PaperCount paper) {
        try {
            return switch (ballot) {
                case Motion motion -> motion.result(electorate, tallies(electronic(counted, motionMarks(counted)),
                        paper == null ? null : PaperTallies.motion(paper)));
                case Election election -> election.result(electorate, tallies(electronic(counted,
                        nomineeMarks(counted, Choice.class)), paper == null ? null : PaperTallies.nominees(paper,
                        Choice.class)));
                case ConfidenceRating rating -> rating.result(electorate, tallies(electronic(counted,
                        nomineeMarks(counted, Rating.class)), paper == null ? null : PaperTallies.nominees(paper,
                        Rating.class)));
                case ConfidenceVote vote -> vote.result(electorate, tallies(electronic(counted,
                        nomineeMarks(counted, Confidence.class)), paper == null ? null : PaperTallies.nominees(paper,
                        Confidence.class)));
            };
        } catch (TallyRejected rejected) {
            throw new VotingRefusal(VotingRefusal.Code.TALLY_REJECTED, rejected.getMessage()).exception();
        }
    }

    /**
     * What does not add up when the ballot committee's paper count joins the electronic votes: within the paper count,
     * against the marks the ballot offers and the people on it, and both together against the delegates present.
     * Empty: the two can be counted together.
     */
    public static List<Discrepancy> discrepancies(Ballot ballot, Electorate electorate, Counted counted,
            PaperCount paper) {
        return switch (ballot) {
            case Motion motion -> found(PaperTallies.motion(paper), tally -> motion.discrepancies(electorate,
                    List.of(electronic(counted, motionMarks(counted)), tally)));
            case Election election -> found(PaperTallies.nominees(paper, Choice.class), tally -> election
                    .discrepancies(electorate, List.of(electronic(counted, nomineeMarks(counted, Choice.class)), tally)));
            case ConfidenceRating rating -> found(PaperTallies.nominees(paper, Rating.class), tally -> rating
                    .discrepancies(electorate, List.of(electronic(counted, nomineeMarks(counted, Rating.class)), tally)));
            case ConfidenceVote vote -> found(PaperTallies.nominees(paper, Confidence.class), tally -> vote
                    .discrepancies(electorate, List.of(electronic(counted, nomineeMarks(counted, Confidence.class)),
                            tally)));
        };
    }

    private static <T extends Marks<T>> Tally<T> electronic(Counted counted, T marks) {
        return Tally.electronic(counted.voters(), marks);
    }

    private static <T extends Marks<T>> List<Tally<T>> tallies(Tally<T> electronic,
            PaperTallies.@Nullable Read<T> paper) {
        if (paper == null) {
            return List.of(electronic);
        }
        if (!paper.unreadable().isEmpty()) {
            throw new TallyRejected(paper.unreadable());
        }
        return List.of(electronic, paper.tally());
    }

    private static <T extends Marks<T>> List<Discrepancy> found(PaperTallies.Read<T> paper,
            Function<Tally<T>, List<Discrepancy>> check) {
        List<Discrepancy> found = new ArrayList<>(paper.unreadable());
        found.addAll(check.apply(paper.tally()));
        return found;
    }

    private static MarkCounts<Choice> motionMarks(Counted counted) {
        MarkCounts<Choice> marks = MarkCounts.none();
        for (Map.Entry<Slot, Integer> counter : counted.counts().entrySet()) {
            if (counter.getKey().nominee() == null) {
                marks = marks.with(Choice.valueOf(counter.getKey().mark()), counter.getValue());
            }
        }
        return marks;
    }

    private static <M extends Enum<M>> NomineeMarks<M> nomineeMarks(Counted counted, Class<M> type) {
        NomineeMarks<M> marks = NomineeMarks.none();
        for (Map.Entry<Slot, Integer> counter : counted.counts().entrySet()) {
            UUID nominee = counter.getKey().nominee();
            if (nominee != null && counter.getValue() > 0) {
                marks = marks.with(nominee, Enum.valueOf(type, counter.getKey().mark()), counter.getValue());
            }
        }
        return marks;
    }

    private static List<Slot> slotsOf(List<? extends Mark<?>> marks) {
        return marks.stream().map(mark -> new Slot(mark.nominee(), mark.mark().name())).toList();
    }

    private static <M extends Enum<M>> List<Mark<M>> marks(List<Slot> slots, Class<M> type) {
        List<Mark<M>> marks = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.nominee() == null) {
                throw new VotingRefusal(VotingRefusal.Code.NOT_ON_BALLOT, "Người được chọn không có tên trên phiếu.")
                        .exception();
            }
            marks.add(new Mark<>(slot.nominee(), mark(type, slot.mark())));
        }
        return marks;
    }

    private static <M extends Enum<M>> M mark(Class<M> type, String name) {
        Set<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        if (!known.contains(name)) {
            throw new VotingRefusal(VotingRefusal.Code.CHOICE_NOT_OFFERED, "Lựa chọn này không có trên phiếu.")
                    .exception();
        }
        return Enum.valueOf(type, name);
    }

    private static <M extends Enum<M>> List<Option> labelled(M[] marks, Function<M, String> label) {
        return Arrays.stream(marks).map(mark -> new Option(mark.name(), label.apply(mark))).toList();
    }
}
