package vn.hopso.voting.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.PollState;
import vn.hopso.voting.domain.Verification;

/**
 * Holds a ballot's tables against its chain: recomputes every entry's hash, then rebuilds from the tables what the
 * entries say — the ballot as created and as each step left it, those entitled, the votes recorded, the counters at
 * the close — and names each difference, in Vietnamese, with the table it found it in.
 */
final class ChainVerifier {

    /** What the tables say now, read by the store. */
    record Tables(Poll poll, String electors, Map<UUID, String> votes, Counting.Counted counters,
            List<String> paperCounts) {
    }

    private ChainVerifier() {
    }

    static Verification verify(List<BallotChain.Entry> entries, Tables tables) {
        List<String> problems = new ArrayList<>();
        String prev = BallotChain.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            BallotChain.Entry entry = entries.get(i);
            if (entry.seq() != i + 1) {
                problems.add("Bảng ballot_chain: thiếu mục #%d (gặp mục #%d).".formatted(i + 1, entry.seq()));
            }
            if (!entry.prevHash().equals(prev)) {
                problems.add("Bảng ballot_chain: mục #%d (%s) không nối với mục trước nó.".formatted(entry.seq(),
                        entry.kind()));
            }
            if (!entry.hash().equals(BallotChain.hash(entry.prevHash(), entry.kind(), entry.payload()))) {
                problems.add("Bảng ballot_chain: mục #%d (%s) có mã băm không khớp với nội dung.".formatted(entry.seq(),
                        entry.kind()));
            }
            prev = entry.hash();
        }
        Poll poll = tables.poll();
        if (entries.isEmpty() || !entries.getFirst().kind().equals("created")) {
            problems.add("Bảng ballot_chain: không có bản ghi lúc tạo phiếu.");
            return new Verification(entries.size(), prev, problems);
        }
        if (!entries.getFirst().payload().equals(BallotChain.created(poll))) {
            problems.add("Bảng ballots (hoặc ballot_nominees): nội dung phiếu khác với bản ghi lúc tạo (mục #1).");
        }
        PollState recorded = PollState.DRAFT;
        Map<UUID, String> votes = new LinkedHashMap<>();
        List<BallotChain.Entry> paperCounts = new ArrayList<>();
        String sealed = null;
        for (BallotChain.Entry entry : entries.subList(1, entries.size())) {
            switch (entry.kind()) {
                case "enrolled" -> {
                    if (!entry.payload().equals(tables.electors())) {
                        problems.add("Bảng ballot_electors: danh sách người được biểu quyết khác với bản ghi lúc mở "
                                + "phiếu (mục #%d).".formatted(entry.seq()));
                    }
                }
                case "voted", "changed" -> {
                    Map<String, String> fields = fields(entry.payload());
                    votes.put(UUID.fromString(fields.get("membership")), fields.getOrDefault("marks", ""));
                }
                case "paper_counted" -> paperCounts.add(entry);
                case "opened", "closed", "published", "annulled" -> {
                    recorded = switch (entry.kind()) {
                        case "opened" -> PollState.OPEN;
                        case "closed" -> PollState.CLOSED;
                        case "published" -> PollState.PUBLISHED;
                        default -> PollState.ANNULLED;
                    };
                    if (entry.kind().equals("closed")) {
                        int at = entry.payload().indexOf("voters=");
                        sealed = at < 0 ? "" : entry.payload().substring(at);
                    }
                    String step = BallotChain.step(poll, recorded);
                    if (step == null || !entry.payload().startsWith(step)) {
                        problems.add("Bảng ballots: thời điểm hoặc số liệu của bước \"%s\" khác với bản ghi (mục #%d)."
                                .formatted(entry.kind(), entry.seq()));
                    }
                }
                default -> problems.add("Bảng ballot_chain: mục #%d có loại không biết (%s).".formatted(entry.seq(),
                        entry.kind()));
            }
        }
        if (recorded != poll.state()) {
            problems.add("Bảng ballots: trạng thái %s, chuỗi ghi %s.".formatted(poll.state(), recorded));
        }
        compareVotes(votes, tables.votes(), poll.ballot().secret(), problems);
        PaperCounts.compare(paperCounts, tables.paperCounts(), problems);
        if (sealed != null) {
            compareCounters(sealed, BallotChain.counters(poll, tables.counters()), problems);
            if (tables.counters().voters() != votes.size()) {
                problems.add("Bảng ballot_votes: %d người đã biểu quyết, chuỗi ghi %d.".formatted(
                        tables.counters().voters(), votes.size()));
            }
            checkAgainstVotes(poll, tables.counters(), votes, problems);
        }
        return new Verification(entries.size(), prev, problems);
    }

    private static void compareVotes(Map<UUID, String> chained, Map<UUID, String> stored, boolean secret,
            List<String> problems) {
        for (Map.Entry<UUID, String> vote : stored.entrySet()) {
            if (!chained.containsKey(vote.getKey())) {
                problems.add("Bảng ballot_votes: phiếu của đại biểu %s không có trong chuỗi.".formatted(vote.getKey()));
            } else if (!secret && !Objects.equals(chained.get(vote.getKey()), vote.getValue())) {
                problems.add("Bảng ballot_votes: phiếu của đại biểu %s ghi \"%s\", chuỗi ghi \"%s\".".formatted(
                        vote.getKey(), vote.getValue(), chained.get(vote.getKey())));
            }
        }
        for (UUID membership : chained.keySet()) {
            if (!stored.containsKey(membership)) {
                problems.add("Bảng ballot_votes: thiếu phiếu của đại biểu %s đã ghi trong chuỗi.".formatted(membership));
            }
        }
    }

    private static void compareCounters(String sealed, String now, List<String> problems) {
        Map<String, String> then = counters(sealed);
        Map<String, String> current = counters(now);
        for (Map.Entry<String, String> counter : current.entrySet()) {
            if (!counter.getValue().equals(then.get(counter.getKey()))) {
                problems.add("Bảng ballot_counters: %s là %s, lúc kết thúc biểu quyết là %s.".formatted(counter.getKey(),
                        counter.getValue(), then.getOrDefault(counter.getKey(), "không có")));
            }
        }
        then.keySet().stream().filter(key -> !current.containsKey(key)).forEach(key -> problems.add(
                "Bảng ballot_counters: thiếu %s đã ghi lúc kết thúc biểu quyết.".formatted(key)));
    }

    /** A named ballot's counters are its votes added up; a motion's, one per voter whatever its secrecy. */
    private static void checkAgainstVotes(Poll poll, Counting.Counted counters, Map<UUID, String> votes,
            List<String> problems) {
        if (!poll.ballot().secret()) {
            Map<Counting.Slot, Integer> added = new HashMap<>();
            for (String marks : votes.values()) {
                Counting.slotsOf(decode(poll, marks)).forEach(slot -> added.merge(slot, 1, Integer::sum));
            }
            for (Counting.Slot slot : Counting.slots(poll.ballot())) {
                if (counters.count(slot) != added.getOrDefault(slot, 0)) {
                    problems.add("Bảng ballot_counters: %s là %d, các phiếu đã ghi cộng lại là %d.".formatted(
                            name(slot), counters.count(slot), added.getOrDefault(slot, 0)));
                }
            }
        } else if (Counting.people(poll.ballot()).isEmpty()) {
            int total = counters.counts().values().stream().mapToInt(Integer::intValue).sum();
            if (total != votes.size()) {
                problems.add("Bảng ballot_counters: tổng các lựa chọn là %d, số người đã biểu quyết là %d."
                        .formatted(total, votes.size()));
            }
        }
    }

    private static vn.hopso.voting.domain.Cast decode(Poll poll, String marks) {
        if (Counting.people(poll.ballot()).isEmpty()) {
            return Counting.castOf(poll.ballot(), marks, List.of());
        }
        List<Counting.Slot> slots = marks.isEmpty() ? List.of() : java.util.Arrays.stream(marks.split(";"))
                .map(part -> part.split("=", 2)).map(pair -> new Counting.Slot(UUID.fromString(pair[0]), pair[1]))
                .toList();
        return Counting.castOf(poll.ballot(), null, slots);
    }

    private static String name(Counting.Slot slot) {
        return (slot.nominee() == null ? "-" : slot.nominee()) + ":" + slot.mark();
    }

    private static Map<String, String> counters(String payload) {
        Map<String, String> counters = new LinkedHashMap<>();
        for (Map.Entry<String, String> line : BallotChain.lines(payload)) {
            if (line.getKey().equals("counter")) {
                int at = line.getValue().lastIndexOf('=');
                counters.put(line.getValue().substring(0, at), line.getValue().substring(at + 1));
            }
        }
        return counters;
    }

    private static Map<String, String> fields(String payload) {
        Map<String, String> fields = new HashMap<>();
        BallotChain.lines(payload).forEach(line -> fields.put(line.getKey(), line.getValue()));
        return fields;
    }
}
