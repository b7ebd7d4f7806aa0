package vn.hopso.voting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Một lần biểu quyết: a {@link Ballot} put to the council on one agenda item of a sitting, from the draft the
 * secretariat prepares to the result the chair announces. Opening fixes who counts: the total elected and the
 * delegates present then, the only ones entitled to vote. A named vote may be changed until the ballot closes when
 * {@code changeAllowed}; a secret one never, since changing it would need the record of who cast which vote.
 *
 * <p>An annulled ballot stays on record with its reason; it is run again as a new ballot naming it in {@code rerunOf}.
 * An election's further round (bầu lại, bầu bổ sung) is a new ballot naming the round it follows in
 * {@code previousRound}.
 */
public record Poll(UUID id, UUID sittingId, UUID itemId, String title, Ballot ballot, ChoiceLabels labels,
        boolean changeAllowed, PollState state, Instant createdAt, @Nullable Opening opening,
        @Nullable Instant closedAt, @Nullable Instant publishedAt, @Nullable Annulment annulment,
        @Nullable UUID rerunOf, @Nullable UUID previousRound) {

    /**
     * When the ballot opened, the presence snapshot it opened on, who it counts against, and when its countdown closes
     * it ({@code closesAt}; null when the chair alone closes it).
     */
    public record Opening(Instant at, UUID presenceSnapshotId, Electorate electorate, @Nullable Instant closesAt) {

        public Opening {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(presenceSnapshotId, "presenceSnapshotId");
            Objects.requireNonNull(electorate, "electorate");
            if (closesAt != null && !closesAt.isAfter(at)) {
                throw new IllegalArgumentException("a countdown ends after the opening: " + at + " → " + closesAt);
            }
        }

        /** An opening without a countdown. */
        public Opening(Instant at, UUID presenceSnapshotId, Electorate electorate) {
            this(at, presenceSnapshotId, electorate, null);
        }
    }

    public record Annulment(Instant at, String reason) {

        public Annulment {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The longest title of a ballot. */
    public static final int MAX_TITLE = 300;
    /** The longest reason of an annulment. */
    public static final int MAX_REASON = 500;
    /** The shortest countdown a ballot may open with: time to read the question and press a button. */
    public static final Duration SHORTEST_COUNTDOWN = Duration.ofSeconds(10);
    /** The longest countdown: a ballot left open longer is one the chair closes. */
    public static final Duration LONGEST_COUNTDOWN = Duration.ofHours(1);

    public Poll {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sittingId, "sittingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(ballot, "ballot");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        if (Objects.requireNonNull(title, "title").isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a ballot's title has 1 to " + MAX_TITLE + " characters");
        }
        if (ballot.secret() && changeAllowed) {
            throw new IllegalArgumentException("a secret vote cannot be changed: nothing records whose vote it was");
        }
        if ((state == PollState.DRAFT) != (opening == null) && state != PollState.ANNULLED) {
            throw new IllegalArgumentException("a ballot has an opening exactly when it is past its draft: " + state);
        }
    }

    /** A ballot prepared ahead of the sitting, on an agenda item. */
    public static Poll draft(UUID id, UUID sittingId, UUID itemId, String title, Ballot ballot, ChoiceLabels labels,
            boolean changeAllowed, Instant at, @Nullable UUID rerunOf) {
        return new Poll(id, sittingId, itemId, title.strip(), ballot, labels, changeAllowed, PollState.DRAFT, at, null,
                null, null, null, rerunOf, null);
    }

    /**
     * Vòng bầu tiếp theo: the draft of the round after this one, on the same item with the same title, labels, mode and
     * rule, for the seats left among those still to be decided ({@link ElectionResult#nextRound()}). This round's
     * result, counted by {@code result} once the other rules allow the round, is final only once announced: until then
     * a paper count may still change it.
     *
     * @throws VotingRefused when this is no election, is annulled, is not announced yet, or filled every seat
     */
    public Poll nextRound(UUID nextId, Instant at, Supplier<VoteResult> result) {
        requireNotAnnulled();
        if (!(ballot instanceof Election)) {
            throw refusal(VotingRefusal.Code.NOT_AN_ELECTION, "Chỉ cuộc bầu cử mới có vòng bầu tiếp theo.");
        }
        if (state != PollState.PUBLISHED) {
            throw refusal(VotingRefusal.Code.BALLOT_NOT_PUBLISHED,
                    "Chỉ chuẩn bị vòng bầu tiếp theo sau khi đã công bố kết quả vòng này.");
        }
        if (!(result.get() instanceof ElectionResult counted) || !counted.election().equals(ballot)) {
            throw new IllegalArgumentException("the result of another ballot");
        }
        Election next = counted.nextRound().orElseThrow(() -> refusal(VotingRefusal.Code.ELECTION_COMPLETE,
                "Vòng bầu này đã bầu đủ số lượng: không có vòng bầu tiếp theo."));
        return new Poll(nextId, sittingId, itemId, title, next, labels, false, PollState.DRAFT, at, null, null, null,
                null, null, id);
    }

    /** Opens the ballot for votes, counting against {@code electorate}: the total elected and those present now. */
    public Poll opened(Instant at, UUID presenceSnapshotId, Electorate electorate) {
        return opened(at, presenceSnapshotId, electorate, null);
    }

    /**
     * Opens the ballot for votes with a countdown: once {@code countdown} has passed the ballot is to be closed as the
     * chair would close it. Null: the chair alone closes it.
     */
    public Poll opened(Instant at, UUID presenceSnapshotId, Electorate electorate, @Nullable Duration countdown) {
        requireNotAnnulled();
        if (state != PollState.DRAFT) {
            throw refusal(VotingRefusal.Code.BALLOT_NOT_DRAFT, "Phiếu biểu quyết này đã được mở.");
        }
        if (countdown != null && (countdown.compareTo(SHORTEST_COUNTDOWN) < 0
                || countdown.compareTo(LONGEST_COUNTDOWN) > 0)) {
            throw refusal(VotingRefusal.Code.COUNTDOWN_OUT_OF_RANGE,
                    "Thời gian biểu quyết phải từ 10 giây đến 60 phút.");
        }
        return new Poll(id, sittingId, itemId, title, ballot, labels, changeAllowed, PollState.OPEN, createdAt,
                new Opening(at, presenceSnapshotId, electorate, countdown == null ? null : at.plus(countdown)), null,
                null, null, rerunOf, previousRound);
    }

    /** Whether the ballot is open and its countdown has run out at {@code now}: it is to be closed. */
    public boolean overdue(Instant now) {
        return state == PollState.OPEN && opening != null && opening.closesAt() != null
                && !now.isBefore(opening.closesAt());
    }

    /** Kết thúc biểu quyết: no more votes; the result is counted and shown at once. */
    public Poll closed(Instant at) {
        requireOpen();
        return new Poll(id, sittingId, itemId, title, ballot, labels, changeAllowed, PollState.CLOSED, createdAt,
                opening, at, null, null, rerunOf, previousRound);
    }

    /** Công bố kết quả: the chair announces the counted result as final. */
    public Poll published(Instant at) {
        requireNotAnnulled();
        if (state != PollState.CLOSED) {
            throw refusal(VotingRefusal.Code.BALLOT_NOT_CLOSED,
                    "Chỉ công bố kết quả của phiếu đã kết thúc biểu quyết và chưa công bố.");
        }
        return new Poll(id, sittingId, itemId, title, ballot, labels, changeAllowed, PollState.PUBLISHED, createdAt,
                opening, closedAt, at, null, rerunOf, previousRound);
    }

    /** Hủy: at any point, with the reason kept on record; whatever was recorded stays, and decides nothing. */
    public Poll annulled(Instant at, String reason) {
        requireNotAnnulled();
        if (reason == null || reason.isBlank()) {
            throw refusal(VotingRefusal.Code.ANNUL_REASON_REQUIRED, "Cần ghi lý do hủy phiếu biểu quyết.");
        }
        return new Poll(id, sittingId, itemId, title, ballot, labels, changeAllowed, PollState.ANNULLED, createdAt,
                opening, closedAt, publishedAt, new Annulment(at, reason.strip()), rerunOf,
                previousRound);
    }

    /**
     * Nhập kết quả kiểm phiếu giấy: once no more votes come (closed) and until the result is announced as final; a
     * correction replaces the count before it in that time.
     */
    public void requireCountableOnPaper() {
        requireNotAnnulled();
        if (state != PollState.CLOSED) {
            throw refusal(VotingRefusal.Code.BALLOT_NOT_CLOSED,
                    "Chỉ nhập kết quả kiểm phiếu giấy sau khi kết thúc biểu quyết và trước khi công bố kết quả.");
        }
    }

    public void requireOpen() {
        requireNotAnnulled();
        if (state != PollState.OPEN) {
            throw refusal(VotingRefusal.Code.BALLOT_NOT_OPEN, "Biểu quyết chưa bắt đầu hoặc đã kết thúc.");
        }
    }

    /** A ballot this one re-runs: annulled, and on the same item. */
    public void requireRerunnableAs(UUID otherItemId) {
        if (state != PollState.ANNULLED || !itemId.equals(otherItemId)) {
            throw refusal(VotingRefusal.Code.NOT_A_RERUN,
                    "Chỉ biểu quyết lại một phiếu đã hủy của cùng nội dung.");
        }
    }

    /** Whether the ballot was ever put to the council: before that, only those who prepare it know of it. */
    public boolean putToVote() {
        return opening != null;
    }

    /** Whether votes were counted into a result that stands (closed or announced, not annulled). */
    public boolean counted() {
        return state == PollState.CLOSED || state == PollState.PUBLISHED;
    }

    /**
     * What recording {@code cast} from a delegate does, given the vote already recorded for them ({@code earlier},
     * null if none): the ballot must be open and offer it; a second vote is a change where the ballot allows one, or
     * nothing at all when it says the same again.
     *
     * @throws VotingRefused when it cannot be recorded
     */
    public CastDecision decide(Cast cast, @Nullable RecordedVote earlier) {
        requireOpen();
        ballot.refusalOf(cast).ifPresent(refusal -> {
            throw VotingRefusal.of(refusal).exception();
        });
        if (earlier == null) {
            return new CastDecision.First();
        }
        if (!changeAllowed || earlier.cast() == null) {
            throw refusal(VotingRefusal.Code.ALREADY_VOTED, ballot.secret()
                    ? "Đồng chí đã bỏ phiếu; phiếu kín không thay đổi được."
                    : "Đồng chí đã biểu quyết; phiếu này không cho phép thay đổi.");
        }
        if (new HashSet<>(Counting.slotsOf(earlier.cast())).equals(new HashSet<>(Counting.slotsOf(cast)))) {
            return new CastDecision.Same();
        }
        return new CastDecision.Change(earlier.cast());
    }

    /** A delegate who was not present when the ballot opened. */
    public static VotingRefused notEntitled() {
        return refusal(VotingRefusal.Code.NOT_ENTITLED,
                "Đồng chí không có tên trong danh sách biểu quyết: chỉ đại biểu có mặt khi bắt đầu biểu quyết mới được"
                        + " biểu quyết.");
    }

    /** A round that already has its next round: one next round per round, whoever asks first. */
    public static VotingRefused nextRoundExists() {
        return refusal(VotingRefusal.Code.NEXT_ROUND_EXISTS, "Vòng bầu tiếp theo của vòng này đã được chuẩn bị.");
    }

    private void requireNotAnnulled() {
        if (state == PollState.ANNULLED) {
            throw refusal(VotingRefusal.Code.BALLOT_ANNULLED, "Phiếu biểu quyết này đã bị hủy.");
        }
    }

    private static VotingRefused refusal(VotingRefusal.Code code, String message) {
        return new VotingRefusal(code, message).exception();
    }
}
