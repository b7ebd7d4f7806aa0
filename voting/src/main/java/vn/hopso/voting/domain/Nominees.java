package vn.hopso.voting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The checks that every ballot listing people shares: elections, confidence ratings and confidence votes. */
final class Nominees {

    private Nominees() {
    }

    /** A ballot's list of people, refused when empty or when someone is on it twice. */
    static List<Nominee> requireDistinct(List<Nominee> nominees) {
        List<Nominee> copy = List.copyOf(nominees);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a ballot lists at least one person");
        }
        if (copy.stream().map(Nominee::id).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("a person is on the ballot twice: " + copy);
        }
        return copy;
    }

    /** Why a cast's marks cannot be recorded: someone not on the ballot, a mark not offered, someone marked twice. */
    static <M extends Enum<M>> Optional<CastRefusal> refusalOf(List<Nominee> nominees, List<Mark<M>> marks, Set<M> offered) {
        Set<UUID> onBallot = ids(nominees);
        Set<UUID> marked = new HashSet<>();
        for (Mark<M> mark : marks) {
            if (!onBallot.contains(mark.nominee())) {
                return Optional.of(new CastRefusal(CastRefusal.Reason.NOT_ON_BALLOT, "Người được chọn không có tên trên phiếu."));
            }
            if (!offered.contains(mark.mark())) {
                return Optional.of(new CastRefusal(CastRefusal.Reason.CHOICE_NOT_OFFERED, "Lựa chọn này không có trên phiếu."));
            }
            if (!marked.add(mark.nominee())) {
                return Optional.of(new CastRefusal(CastRefusal.Reason.MARKED_TWICE,
                        "Mỗi người trên phiếu chỉ được đánh dấu một lần."));
            }
        }
        return Optional.empty();
    }

    /** The marks of electronic casts, counted. */
    static <M extends Enum<M>> NomineeMarks<M> count(List<List<Mark<M>>> casts) {
        NomineeMarks<M> marks = NomineeMarks.none();
        for (List<Mark<M>> cast : casts) {
            for (Mark<M> mark : cast) {
                marks = marks.with(mark.nominee(), mark.mark(), 1);
            }
        }
        return marks;
    }

    /**
     * Marks not offered, or a person marked on more ballots than are valid, in ballot order; then the marks for anyone
     * not on the ballot, together.
     */
    static <M extends Enum<M>> List<Discrepancy> markDiscrepancies(List<Nominee> nominees, Tally<NomineeMarks<M>> tally,
            Set<M> offered) {
        String source = tally.source().label();
        List<Discrepancy> found = new ArrayList<>();
        for (Nominee nominee : nominees) {
            MarkCounts<M> counts = tally.marks().of(nominee.id());
            if (!offered.containsAll(counts.marks())) {
                found.add(new Discrepancy(Discrepancy.Code.MARK_NOT_OFFERED,
                        "%s: %s có phiếu với lựa chọn không có trên phiếu.".formatted(source, nominee.name())));
            }
            if (counts.total() > tally.valid()) {
                found.add(new Discrepancy(Discrepancy.Code.MARKS_EXCEED_VALID,
                        "%s: số phiếu của %s (%d) nhiều hơn số phiếu hợp lệ (%d)."
                                .formatted(source, nominee.name(), counts.total(), tally.valid())));
            }
        }
        Set<UUID> onBallot = ids(nominees);
        int notOnBallot = tally.marks().byNominee().entrySet().stream().filter(entry -> !onBallot.contains(entry.getKey()))
                .mapToInt(entry -> entry.getValue().total()).sum();
        if (notOnBallot > 0) {
            found.add(new Discrepancy(Discrepancy.Code.NOT_ON_BALLOT,
                    "%s: có %d phiếu cho người không có tên trên phiếu.".formatted(source, notOnBallot)));
        }
        return found;
    }

    static Set<UUID> ids(List<Nominee> nominees) {
        return nominees.stream().map(Nominee::id).collect(Collectors.toSet());
    }
}
