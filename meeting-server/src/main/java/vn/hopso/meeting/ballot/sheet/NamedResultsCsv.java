package vn.hopso.meeting.ballot.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.BallotTally;
import vn.hopso.voting.domain.BallotStore.NamedVote;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Elector;
import vn.hopso.voting.domain.Nominee;
import vn.hopso.voting.domain.Poll;

/**
 * Kết quả biểu quyết theo tên: one row per delegate entitled to vote on a named ballot, with what they chose, for a
 * spreadsheet. UTF-8 with a byte order mark (without it Excel reads Vietnamese as Windows-1252), fields quoted as
 * RFC 4180 says, lines ended by CRLF. A cell that a spreadsheet would run as a formula (one starting with =, +, -, @,
 * a tab or a carriage return: a name typed as "=HYPERLINK(…)") is prefixed with an apostrophe, so it shows as text.
 */
final class NamedResultsCsv {

    /** A delegate present at the opening who pressed nothing. Not "Không biểu quyết": that is how abstaining reads. */
    static final String DID_NOT_VOTE = "Không tham gia biểu quyết";

    private static final String BOM = "\uFEFF";

    private NamedResultsCsv() {
    }

    /** The export of a named ballot: its electors in the order given, each with their recorded vote or none. */
    static String of(Poll poll, List<Elector> electors, List<NamedVote> votes) {
        return of(poll, electors, votes, null);
    }

    /**
     * The same, and when part of the ballot was held on paper ({@code paper}, the ballot committee's count), a last row
     * with the paper ballots' marks for each column: they carry no name, so they are counted, not listed.
     */
    static String of(Poll poll, List<Elector> electors, List<NamedVote> votes, @Nullable BallotTally paper) {
        String named = named(poll, electors, votes);
        if (paper == null) {
            return named;
        }
        Map<String, String> labels = Counting.options(poll.ballot(), poll.labels()).stream()
                .collect(Collectors.toMap(Counting.Option::mark, Counting.Option::label));
        List<Nominee> people = Counting.people(poll.ballot());
        List<String> row = new ArrayList<>(List.of("", "Phiếu giấy (%d hợp lệ, %d không hợp lệ)".formatted(paper.valid(),
                paper.invalid())));
        for (UUID column : people.isEmpty() ? Collections.<UUID>singletonList(null)
                : people.stream().map(Nominee::id).toList()) {
            row.add(paper.marks().stream().filter(mark -> Objects.equals(mark.nomineeId(), column))
                    .map(mark -> labels.getOrDefault(mark.mark(), mark.mark()) + ": " + mark.count())
                    .collect(Collectors.joining("; ")));
        }
        return named + line(row);
    }

    private static String named(Poll poll, List<Elector> electors, List<NamedVote> votes) {
        if (poll.ballot().secret()) {
            throw new IllegalArgumentException("a secret ballot keeps no vote by name");
        }
        Map<String, String> labels = Counting.options(poll.ballot(), poll.labels()).stream()
                .collect(Collectors.toMap(Counting.Option::mark, Counting.Option::label));
        Map<UUID, NamedVote> byElector = votes.stream()
                .collect(Collectors.toMap(vote -> vote.elector().membershipId(), vote -> vote));
        List<Nominee> people = Counting.people(poll.ballot());
        List<String> header = new ArrayList<>(List.of("STT", "Họ và tên"));
        if (people.isEmpty()) {
            header.add("Biểu quyết");
        } else {
            people.forEach(person -> header.add(person.name()));
        }
        StringBuilder out = new StringBuilder(BOM).append(line(header));
        int number = 0;
        for (Elector elector : electors) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(++number), elector.fullName()));
            row.addAll(choices(byElector.get(elector.membershipId()), people, labels));
            out.append(line(row));
        }
        return out.toString();
    }

    /** What one vote says: the motion's choice, or each person's mark (blank for a person left unmarked). */
    private static List<String> choices(@Nullable NamedVote vote, List<Nominee> people, Map<String, String> labels) {
        int columns = Math.max(1, people.size());
        if (vote == null) {
            return Collections.nCopies(columns, DID_NOT_VOTE);
        }
        List<Counting.Slot> slots = Counting.slotsOf(vote.cast());
        if (people.isEmpty()) {
            return List.of(labels.get(slots.getFirst().mark()));
        }
        Map<UUID, String> marks = new HashMap<>();
        slots.forEach(slot -> marks.put(slot.nominee(), labels.get(slot.mark())));
        return people.stream().map(person -> marks.getOrDefault(person.id(), "")).toList();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(NamedResultsCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One field: defused if a spreadsheet would take it for a formula, quoted if it holds a comma, quote or break. */
    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
