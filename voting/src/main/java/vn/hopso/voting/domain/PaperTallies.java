package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PaperCount} read as the tally of one kind of ballot. A mark no ballot of the kind has, or a count for a
 * person on a motion (or for none on a ballot listing people), cannot become a mark: it is set aside as a discrepancy,
 * and the tally keeps the rest for the ballot's own checks.
 */
final class PaperTallies {

    record Read<T extends Marks<T>>(Tally<T> tally, List<Discrepancy> unreadable) {
    }

    private PaperTallies() {
    }

    static Read<MarkCounts<Choice>> motion(PaperCount paper) {
        List<Discrepancy> unreadable = new ArrayList<>();
        MarkCounts<Choice> marks = MarkCounts.none();
        for (Map.Entry<Counting.Slot, Integer> counted : paper.counts().entrySet()) {
            Optional<Choice> choice = mark(Choice.class, counted.getKey().mark());
            if (counted.getKey().nominee() != null) {
                unreadable.add(notOnBallot(counted.getValue()));
            } else if (choice.isEmpty()) {
                unreadable.add(notOffered(counted.getValue()));
            } else {
                marks = marks.with(choice.get(), counted.getValue());
            }
        }
        return new Read<>(tally(paper, marks), unreadable);
    }

    static <M extends Enum<M>> Read<NomineeMarks<M>> nominees(PaperCount paper, Class<M> type) {
        List<Discrepancy> unreadable = new ArrayList<>();
        NomineeMarks<M> marks = NomineeMarks.none();
        for (Map.Entry<Counting.Slot, Integer> counted : paper.counts().entrySet()) {
            Optional<M> mark = mark(type, counted.getKey().mark());
            if (counted.getKey().nominee() == null) {
                unreadable.add(notOnBallot(counted.getValue()));
            } else if (mark.isEmpty()) {
                unreadable.add(notOffered(counted.getValue()));
            } else {
                marks = marks.with(counted.getKey().nominee(), mark.get(), counted.getValue());
            }
        }
        return new Read<>(tally(paper, marks), unreadable);
    }

    private static <T extends Marks<T>> Tally<T> tally(PaperCount paper, T marks) {
        return Tally.paper(paper.issued(), paper.returned(), paper.valid(), paper.invalid(), marks);
    }

    private static <M extends Enum<M>> Optional<M> mark(Class<M> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    private static Discrepancy notOnBallot(int count) {
        return new Discrepancy(Discrepancy.Code.NOT_ON_BALLOT,
                "%s: có %d phiếu cho người không có tên trên phiếu.".formatted(Tally.Source.PAPER.label(), count));
    }

    private static Discrepancy notOffered(int count) {
        return new Discrepancy(Discrepancy.Code.MARK_NOT_OFFERED,
                "%s: có %d phiếu cho một lựa chọn không có trên phiếu.".formatted(Tally.Source.PAPER.label(), count));
    }
}
