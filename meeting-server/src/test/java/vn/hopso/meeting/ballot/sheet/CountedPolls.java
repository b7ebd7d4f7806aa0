package vn.hopso.meeting.ballot.sheet;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.hopso.meeting.api.Ballot;
import vn.hopso.meeting.ballot.BallotWire;
import vn.hopso.voting.domain.ChoiceLabels;
import vn.hopso.voting.domain.ConfidenceRating;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Election;
import vn.hopso.voting.domain.ElectionMode;
import vn.hopso.voting.domain.Electorate;
import vn.hopso.voting.domain.Motion;
import vn.hopso.voting.domain.Nominee;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.Poll;

/** Counted ballots made with the voting rules, as the screens and the sheets receive them. */
final class CountedPolls {

    /** 08:30:00 in Hà Nội on 2 December 2026; the ballots close four minutes later. */
    static final Instant OPENED = Instant.parse("2026-12-02T01:30:00Z");
    static final Instant CLOSED = OPENED.plusSeconds(240);
    static final ResultSheet.Place PLACE = new ResultSheet.Place("Hội đồng nhân dân tỉnh Quảng Nam",
            "Kỳ họp thứ 7, khóa IX", "Phiên bế mạc", "Nghị quyết về dự toán ngân sách năm 2027", CountedBallots.VIETNAM);

    private CountedPolls() {
    }

    /** A resolution on which {@code yes}, {@code no} and {@code abstain} of those present voted. */
    static Ballot motionResult(String title, Electorate electorate, int yes, int no, int abstain) {
        Poll poll = closed(Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), title,
                Motion.resolution(), ChoiceLabels.TAN_THANH, true, OPENED.minusSeconds(3600), null), electorate);
        return counted(poll, electorate, yes + no + abstain, Map.of(new Counting.Slot(null, "YES"), yes,
                new Counting.Slot(null, "NO"), no, new Counting.Slot(null, "ABSTAIN"), abstain));
    }

    /**
     * A secret resolution counted partly on paper: {@code yes} and {@code no} electronic votes, and the ballot
     * committee's first count of {@code paper}.
     */
    static Ballot mixedMotionResult(String title, Electorate electorate, int yes, int no, PaperCount paper) {
        Poll poll = closed(Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), title,
                new Motion(vn.hopso.voting.domain.PassingRule.ABSOLUTE_MAJORITY, java.util.EnumSet.allOf(
                        vn.hopso.voting.domain.Choice.class), true), ChoiceLabels.TAN_THANH, false,
                OPENED.minusSeconds(3600), null), electorate);
        Counting.Counted electronic = new Counting.Counted(yes + no, Map.of(new Counting.Slot(null, "YES"), yes,
                new Counting.Slot(null, "NO"), no));
        PaperCount.Entered entered = new PaperCount.Entered(1, paper, UUID.randomUUID(), CLOSED.plusSeconds(600));
        return BallotWire.ballot(poll, Counting.result(poll.ballot(), electorate, electronic, paper),
                BallotWire.tallies(poll, electronic, entered));
    }

    /** A confidence rating of {@code people}, each rated low by {@code low[i]} and high by the rest who voted. */
    static Ballot ratingResult(Electorate electorate, int voters, List<String> people, int... low) {
        List<Nominee> nominees = people.stream().map(name -> new Nominee(UUID.randomUUID(), name)).toList();
        Poll poll = closed(Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "Lấy phiếu tín nhiệm giữa nhiệm kỳ", new ConfidenceRating(nominees), ChoiceLabels.TAN_THANH, false,
                OPENED.minusSeconds(3600), null), electorate);
        Map<Counting.Slot, Integer> counts = new HashMap<>();
        for (int i = 0; i < nominees.size(); i++) {
            counts.put(new Counting.Slot(nominees.get(i).id(), "LOW"), low[i]);
            counts.put(new Counting.Slot(nominees.get(i).id(), "HIGH"), voters - low[i]);
        }
        return counted(poll, electorate, voters, counts);
    }

    /**
     * The second round of an election of two among An, Bình and Cường, after a first round in which An was elected
     * and the other two tied (4, 3, 3 of five): Bình takes the last seat with {@code binh} votes to Cường's
     * {@code cuong}.
     */
    static Ballot secondRoundResult(int binh, int cuong) {
        Electorate five = new Electorate(5, 5);
        List<Nominee> candidates = Stream.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")
                .map(name -> new Nominee(UUID.randomUUID(), name)).toList();
        Poll first = closed(Poll.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Bầu Ủy viên Thường trực",
                Election.firstRound(candidates, 2, ElectionMode.APPROVAL), ChoiceLabels.TAN_THANH, false,
                OPENED.minusSeconds(7200), null), five).published(CLOSED);
        Counting.Counted tie = new Counting.Counted(5, Map.of(new Counting.Slot(candidates.get(0).id(), "YES"), 4,
                new Counting.Slot(candidates.get(1).id(), "YES"), 3, new Counting.Slot(candidates.get(2).id(), "YES"), 3));
        Poll second = closed(first.nextRound(UUID.randomUUID(), OPENED.minusSeconds(3600),
                () -> Counting.result(first.ballot(), five, tie)), five);
        return counted(second, five, binh + cuong, Map.of(new Counting.Slot(candidates.get(1).id(), "YES"), binh,
                new Counting.Slot(candidates.get(2).id(), "YES"), cuong));
    }

    private static Poll closed(Poll draft, Electorate electorate) {
        return draft.opened(OPENED, UUID.randomUUID(), electorate).closed(CLOSED);
    }

    private static Ballot counted(Poll poll, Electorate electorate, int voters, Map<Counting.Slot, Integer> counts) {
        return BallotWire.ballot(poll, Counting.result(poll.ballot(), electorate, new Counting.Counted(voters, counts)));
    }
}
