package vn.hopso.meeting.ballot;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.BallotKind;
import vn.hopso.meeting.api.BallotNominee;
import vn.hopso.meeting.api.BallotOption;
import vn.hopso.meeting.api.BallotResult;
import vn.hopso.meeting.api.BallotRule;
import vn.hopso.meeting.api.BallotState;
import vn.hopso.meeting.api.BallotTally;
import vn.hopso.meeting.api.BallotTurnout;
import vn.hopso.meeting.api.CastMark;
import vn.hopso.meeting.api.OwnVote;
import vn.hopso.meeting.api.PassingBase;
import vn.hopso.meeting.api.PaperMark;
import vn.hopso.meeting.api.PassingBound;
import vn.hopso.meeting.api.ResultCount;
import vn.hopso.meeting.api.ResultLine;
import vn.hopso.meeting.api.ResultThreshold;
import vn.hopso.meeting.api.TallySource;
import vn.hopso.voting.domain.Ballot;
import vn.hopso.voting.domain.CandidateResult;
import vn.hopso.voting.domain.Cast;
import vn.hopso.voting.domain.Choice;
import vn.hopso.voting.domain.ConfidenceRating;
import vn.hopso.voting.domain.ConfidenceRatingResult;
import vn.hopso.voting.domain.ConfidenceVote;
import vn.hopso.voting.domain.ConfidenceVoteResult;
import vn.hopso.voting.domain.Count;
import vn.hopso.voting.domain.Counting;
import vn.hopso.voting.domain.Election;
import vn.hopso.voting.domain.ElectionMode;
import vn.hopso.voting.domain.ElectionResult;
import vn.hopso.voting.domain.Motion;
import vn.hopso.voting.domain.MotionResult;
import vn.hopso.voting.domain.OfficeHolderConfidence;
import vn.hopso.voting.domain.OfficeHolderRating;
import vn.hopso.voting.domain.PaperCount;
import vn.hopso.voting.domain.PassingRule;
import vn.hopso.voting.domain.Poll;
import vn.hopso.voting.domain.Rating;
import vn.hopso.voting.domain.Confidence;
import vn.hopso.voting.domain.RecordedVote;
import vn.hopso.voting.domain.Tally;
import vn.hopso.voting.domain.Threshold;
import vn.hopso.voting.domain.Turnout;
import vn.hopso.voting.domain.VoteResult;

/** The voting module's values as the published records show them (REST and WebSocket alike). */
public final class BallotWire {

    private BallotWire() {
    }

    /** A ballot with its result, without the tallies it was added up from. */
    public static vn.hopso.meeting.api.Ballot ballot(Poll poll, @Nullable VoteResult result) {
        return ballot(poll, result, List.of());
    }

    /** A ballot with its result and the tallies, electronic and paper, it was added up from. */
    public static vn.hopso.meeting.api.Ballot ballot(Poll poll, @Nullable VoteResult result,
            List<BallotTally> tallies) {
        Ballot ballot = poll.ballot();
        PassingRule rule = ruleOf(ballot);
        Poll.Opening opening = poll.opening();
        return new vn.hopso.meeting.api.Ballot(poll.id(), poll.sittingId(), poll.itemId(), kind(ballot), poll.title(),
                ballot.secret(), poll.changeAllowed(), rule == null ? null : rule(rule),
                rule == null ? null : rule.description(),
                Counting.options(ballot, poll.labels()).stream().map(o -> new BallotOption(o.mark(), o.label())).toList(),
                Counting.people(ballot).stream().map(n -> new BallotNominee(n.id(), n.name())).toList(),
                ballot instanceof Election e ? e.seats() : null,
                ballot instanceof Election e ? vn.hopso.meeting.api.ElectionMode.valueOf(e.mode().name()) : null,
                ballot instanceof Election e ? e.round() : null, BallotState.valueOf(poll.state().name()),
                poll.createdAt(), opening == null ? null : opening.at(), opening == null ? null : opening.closesAt(),
                poll.closedAt(), poll.publishedAt(),
                poll.annulment() == null ? null : poll.annulment().at(),
                poll.annulment() == null ? null : poll.annulment().reason(), poll.rerunOf(), poll.previousRound(),
                opening == null ? null : opening.electorate().totalElected(),
                opening == null ? null : opening.electorate().present(),
                result == null ? null : result(poll, result, tallies));
    }

    /** The electronic votes as counted and, once entered, the ballot committee's paper count. */
    public static List<BallotTally> tallies(Poll poll, Counting.Counted electronic,
            PaperCount.@Nullable Entered paper) {
        List<BallotTally> tallies = new ArrayList<>(List.of(new BallotTally(TallySource.ELECTRONIC,
                Tally.Source.ELECTRONIC.label(), electronic.voters(), electronic.voters(), electronic.voters(), 0,
                marks(poll, electronic::count), null, null)));
        if (paper != null) {
            PaperCount count = paper.count();
            tallies.add(new BallotTally(TallySource.PAPER, Tally.Source.PAPER.label(), count.issued(), count.returned(),
                    count.valid(), count.invalid(), marks(poll, count::count), paper.entry(), paper.at()));
        }
        return tallies;
    }

    /** Every counter of the ballot that counted something, in ballot order. */
    private static List<PaperMark> marks(Poll poll, java.util.function.ToIntFunction<Counting.Slot> count) {
        return Counting.slots(poll.ballot()).stream().filter(slot -> count.applyAsInt(slot) > 0)
                .map(slot -> new PaperMark(slot.nominee(), slot.mark(), count.applyAsInt(slot))).toList();
    }

    /** The caller's own recorded vote: what it says on a named ballot, nothing on a secret one. */
    public static OwnVote ownVote(Poll poll, RecordedVote vote) {
        Cast cast = poll.ballot().secret() ? null : vote.cast();
        return new OwnVote(poll.id(), poll.ballot().secret(), choiceOf(cast), marksOf(cast));
    }

    public static @Nullable String choiceOf(@Nullable Cast cast) {
        if (cast == null) {
            return null;
        }
        List<Counting.Slot> slots = Counting.slotsOf(cast);
        return slots.size() == 1 && slots.getFirst().nominee() == null ? slots.getFirst().mark() : null;
    }

    public static List<CastMark> marksOf(@Nullable Cast cast) {
        if (cast == null) {
            return List.of();
        }
        return Counting.slotsOf(cast).stream().filter(slot -> slot.nominee() != null)
                .map(slot -> new CastMark(slot.nominee(), slot.mark())).toList();
    }

    static BallotResult result(Poll poll, VoteResult result, List<BallotTally> tallies) {
        Turnout t = result.turnout();
        Poll.Opening opening = java.util.Objects.requireNonNull(poll.opening(), "a result needs an opening");
        BallotTurnout turnout = new BallotTurnout(opening.electorate().totalElected(), opening.electorate().present(),
                t.issued(), t.returned(), t.valid(), t.invalid(), count("VOTED", "Đã biểu quyết", t.voted()),
                count("DID_NOT_VOTE", "Không tham gia biểu quyết", t.didNotVote()));
        return switch (result) {
            case MotionResult motion -> {
                List<ResultCount> counts = new ArrayList<>();
                for (Counting.Option option : Counting.options(poll.ballot(), poll.labels())) {
                    Count count = switch (Choice.valueOf(option.mark())) {
                        case YES -> motion.yes();
                        case NO -> motion.no();
                        case ABSTAIN -> motion.abstain();
                    };
                    counts.add(count(option.mark(), option.label(), count));
                }
                yield new BallotResult(turnout, List.of(threshold("Ngưỡng thông qua", motion.threshold())),
                        List.of(new ResultLine(null, null, counts, motion.outcome().name(), motion.outcome().label())),
                        motion.outcome().name(), motion.outcome().label(), tallies);
            }
            case ElectionResult election -> {
                boolean against = election.election().mode() == ElectionMode.FOR_AGAINST;
                String yes = against ? "Đồng ý" : "Bầu";
                List<ResultLine> lines = new ArrayList<>();
                for (CandidateResult candidate : election.candidates()) {
                    List<ResultCount> counts = new ArrayList<>(List.of(count("YES", yes, candidate.yes())));
                    if (against) {
                        counts.add(count("NO", "Không đồng ý", candidate.no()));
                    }
                    lines.add(new ResultLine(candidate.candidate().id(), candidate.candidate().name(), counts,
                            candidate.outcome().name(), candidate.outcome().label()));
                }
                yield new BallotResult(turnout, List.of(threshold("Ngưỡng trúng cử", election.threshold())), lines,
                        election.outcome().name(), election.outcome().label(), tallies);
            }
            case ConfidenceRatingResult rating -> new BallotResult(turnout,
                    List.of(threshold("Có thể xin từ chức", rating.mayResign()),
                            threshold("Đề nghị miễn nhiệm", rating.dismissal())),
                    rating.officeHolders().stream().map(BallotWire::line).toList(), null, null, tallies);
            case ConfidenceVoteResult vote -> new BallotResult(turnout,
                    List.of(threshold("Ngưỡng không tín nhiệm", vote.threshold())),
                    vote.officeHolders().stream().map(BallotWire::line).toList(), null, null, tallies);
        };
    }

    private static ResultLine line(OfficeHolderRating rating) {
        return new ResultLine(rating.officeHolder().id(), rating.officeHolder().name(), List.of(
                count(Rating.HIGH.name(), Rating.HIGH.label(), rating.high()),
                count(Rating.MEDIUM.name(), Rating.MEDIUM.label(), rating.medium()),
                count(Rating.LOW.name(), Rating.LOW.label(), rating.low())),
                rating.consequence().name(), rating.consequence().label());
    }

    private static ResultLine line(OfficeHolderConfidence vote) {
        return new ResultLine(vote.officeHolder().id(), vote.officeHolder().name(), List.of(
                count(Confidence.TRUST.name(), Confidence.TRUST.label(), vote.trust()),
                count(Confidence.NO_TRUST.name(), Confidence.NO_TRUST.label(), vote.noTrust())),
                vote.outcome().name(), vote.outcome().label());
    }

    private static ResultCount count(String mark, String label, Count count) {
        return new ResultCount(mark, label, count.count(), count.percentOfTotal().toPlainString(),
                count.percentOfPresent().toPlainString());
    }

    private static ResultThreshold threshold(String label, Threshold threshold) {
        return new ResultThreshold(label, threshold.rule().description(), threshold.base(), threshold.votesNeeded(),
                threshold.description());
    }

    private static BallotRule rule(PassingRule rule) {
        return new BallotRule(PassingBound.valueOf(rule.bound().name()), rule.share().numerator(),
                rule.share().denominator(), PassingBase.valueOf(rule.base().name()));
    }

    private static @Nullable PassingRule ruleOf(Ballot ballot) {
        return switch (ballot) {
            case Motion motion -> motion.rule();
            case Election election -> election.rule();
            case ConfidenceRating rating -> null;
            case ConfidenceVote vote -> vote.noConfidenceRule();
        };
    }

    private static BallotKind kind(Ballot ballot) {
        return switch (ballot) {
            case Motion motion -> BallotKind.MOTION;
            case Election election -> BallotKind.ELECTION;
            case ConfidenceRating rating -> BallotKind.CONFIDENCE_RATING;
            case ConfidenceVote vote -> BallotKind.CONFIDENCE_VOTE;
        };
    }
}
