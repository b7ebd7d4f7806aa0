package vn.hopso.meeting.realtime.protocol;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.api.BallotKind;
import vn.hopso.meeting.api.BallotLabels;
import vn.hopso.meeting.api.BallotRule;
import vn.hopso.meeting.api.CastMark;
import vn.hopso.meeting.api.ElectionMode;
import vn.hopso.meeting.api.NoticeAudience;
import vn.hopso.meeting.api.PaperMark;
import vn.hopso.meeting.api.SpeakerKind;

/** What a browser may send over the WebSocket. Each record is one command with its own handler. */
public sealed interface ClientCommand {

    /** Start (or resume) receiving a sitting's events after {@code afterSeq}: exactly the missed ones, then live. */
    @Wire("sitting.subscribe")
    record SubscribeSitting(UUID sittingId, long afterSeq) implements ClientCommand {
        public SubscribeSitting {
            Objects.requireNonNull(sittingId, "sittingId");
            if (afterSeq < 0) {
                throw new IllegalArgumentException("afterSeq must not be negative");
            }
        }
    }

    @Wire("sitting.unsubscribe")
    record UnsubscribeSitting(UUID sittingId) implements ClientCommand {
        public UnsubscribeSitting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** Application heartbeat: a browser cannot see WebSocket pings, so it asks and waits for the pong. */
    @Wire("heartbeat.ping")
    record Ping(String nonce) implements ClientCommand {
        public Ping {
            Objects.requireNonNull(nonce, "nonce");
        }
    }

    /** Khai mạc phiên họp. */
    @Wire("sitting.start")
    record StartSitting(UUID sittingId) implements ClientCommand {
        public StartSitting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** Bế mạc phiên họp. */
    @Wire("sitting.end")
    record EndSitting(UUID sittingId) implements ClientCommand {
        public EndSitting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /**
     * The chair moves from the item it sees as current ({@code fromItemId}, null before the first) to the next
     * published one; if another item is current by now, the command is refused ({@code stale_state}), so a command
     * sent twice never skips an item.
     */
    @Wire("agenda.next")
    record AdvanceAgenda(UUID sittingId, @Nullable UUID fromItemId) implements ClientCommand {
        public AdvanceAgenda {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The chair moves from the item it sees as current ({@code fromItemId}) to a given published agenda item. */
    @Wire("agenda.goto")
    record GoToAgendaItem(UUID sittingId, UUID itemId, @Nullable UUID fromItemId) implements ClientCommand {
        public GoToAgendaItem {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** Điểm danh: the delegate checks themself in. */
    @Wire("attendance.check_in")
    record CheckIn(UUID sittingId) implements ClientCommand {
        public CheckIn {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The delegate leaves the sitting; they may check in again. */
    @Wire("attendance.check_out")
    record CheckOut(UUID sittingId) implements ClientCommand {
        public CheckOut {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** A site's operator checks in a delegate who attends at that site. */
    @Wire("attendance.check_in_at_site")
    record CheckInAtSite(UUID sittingId, UUID membershipId) implements ClientCommand {
        public CheckInAtSite {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(membershipId, "membershipId");
        }
    }

    /** A site's operator records that a delegate at that site left. */
    @Wire("attendance.check_out_at_site")
    record CheckOutAtSite(UUID sittingId, UUID membershipId) implements ClientCommand {
        public CheckOutAtSite {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(membershipId, "membershipId");
        }
    }

    /** The secretariat records or corrects a delegate's attendance; leave (EXCUSED) needs its reason. */
    @Wire("attendance.mark")
    record MarkAttendance(UUID sittingId, UUID membershipId, AttendanceStatus status, @Nullable String reason)
            implements ClientCommand {
        public MarkAttendance {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(membershipId, "membershipId");
            Objects.requireNonNull(status, "status");
            if (reason != null && (reason.length() > MAX_REASON || reason.chars().anyMatch(Character::isISOControl))) {
                throw new IllegalArgumentException("a reason is one line of at most " + MAX_REASON + " characters");
            }
        }
    }

    /** The longest reason of an attendance mark. */
    int MAX_REASON = 300;

    /**
     * Đăng ký phát biểu on a published item, for oneself or ({@code siteId}) for the site one operates; a
     * {@code QUESTION} names its {@code addressee}.
     */
    @Wire("speakers.request")
    record RequestFloor(UUID sittingId, UUID itemId, SpeakerKind kind, @Nullable String addressee,
            @Nullable UUID siteId) implements ClientCommand {
        public RequestFloor {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(kind, "kind");
            if (addressee != null && (addressee.length() > MAX_REASON
                    || addressee.chars().anyMatch(Character::isISOControl))) {
                throw new IllegalArgumentException("an addressee is one line of at most " + MAX_REASON + " characters");
            }
        }
    }

    @Wire("speakers.withdraw")
    record WithdrawRequest(UUID sittingId, UUID requestId) implements ClientCommand {
        public WithdrawRequest {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    /** The chair's order of an item's waiting requests: every one of them, as the chair's screen shows them. */
    @Wire("speakers.reorder")
    record ReorderSpeakers(UUID sittingId, UUID itemId, List<UUID> requestIds) implements ClientCommand {
        public ReorderSpeakers {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(requestIds, "requestIds");
            if (requestIds.size() > 500 || requestIds.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("at most 500 request ids, none null");
            }
            requestIds = List.copyOf(requestIds);
        }
    }

    /** The chair gives the floor for {@code limitSeconds} (10 s to 60 min). */
    @Wire("floor.give")
    record GiveFloor(UUID sittingId, UUID requestId, int limitSeconds) implements ClientCommand {
        public GiveFloor {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    @Wire("floor.end")
    record EndSpeech(UUID sittingId) implements ClientCommand {
        public EndSpeech {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    @Wire("floor.pause")
    record PauseSpeech(UUID sittingId) implements ClientCommand {
        public PauseSpeech {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    @Wire("floor.resume")
    record ResumeSpeech(UUID sittingId) implements ClientCommand {
        public ResumeSpeech {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** A notice from the secretariat: {@code siteId} names the site when {@code audience} is {@code SITE}. */
    @Wire("notice.send")
    record SendNotice(UUID sittingId, NoticeAudience audience, @Nullable UUID siteId, String text)
            implements ClientCommand {
        public SendNotice {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
            if (text.isBlank() || text.length() > MAX_NOTICE || text.chars().anyMatch(c -> c != '\n'
                    && Character.isISOControl(c))) {
                throw new IllegalArgumentException("a notice is 1 to " + MAX_NOTICE + " characters of text");
            }
        }
    }

    /** Shows page {@code page} of a document of the sitting on the hall display and to those who follow it. */
    @Wire("document.present")
    record PresentDocument(UUID sittingId, UUID documentId, int page) implements ClientCommand {
        public PresentDocument {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(documentId, "documentId");
        }
    }

    @Wire("document.present_stop")
    record StopPresenting(UUID sittingId) implements ClientCommand {
        public StopPresenting {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    @Wire("rollcall.start")
    record StartRollCall(UUID sittingId) implements ClientCommand {
        public StartRollCall {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The operator of {@code siteId} answers the open roll call. */
    @Wire("rollcall.answer")
    record AnswerRollCall(UUID sittingId, UUID siteId) implements ClientCommand {
        public AnswerRollCall {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(siteId, "siteId");
        }
    }

    @Wire("rollcall.end")
    record EndRollCall(UUID sittingId) implements ClientCommand {
        public EndRollCall {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /**
     * Video signalling (issue 16): handled by the media side, which changes no sitting state. Janus is never named:
     * feeds are our participant ids, descriptions carry every ICE candidate (no trickle).
     */
    sealed interface MediaCommand extends ClientCommand {

        UUID sittingId();
    }

    /** The shape of a participant id (a feed) the server handed out in {@code media.publishers}. */
    java.util.regex.Pattern FEED = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /**
     * Joins the sitting's video; {@code audio}/{@code video}: what the browser will send (a delegate in the hall may
     * send nothing and only watch). The server answers {@code media.publishers}, then a {@code media.offer} for each
     * feed already sending.
     */
    @Wire("media.join")
    record JoinMedia(UUID sittingId, boolean audio, boolean video) implements MediaCommand {
        public JoinMedia {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The browser's offer for what it sends (after {@code media.join}); answered by {@code media.answer}. */
    @Wire("media.offer")
    record PublishMedia(UUID sittingId, String sdp) implements MediaCommand {
        public PublishMedia {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(sdp, "sdp");
        }
    }

    /** The browser's answer to the server's {@code media.offer} for one feed: that feed's media then flows. */
    @Wire("media.answer")
    record AnswerFeed(UUID sittingId, String feed, String sdp) implements MediaCommand {
        public AnswerFeed {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(sdp, "sdp");
            if (feed == null || !FEED.matcher(feed).matches()) {
                throw new IllegalArgumentException("a feed is a participant id");
            }
        }
    }

    /**
     * The chair sets whose microphones the media server lets through ({@link vn.hopso.meeting.api.Microphones}); every
     * socket in the video is told in {@code media.publishers}.
     */
    @Wire("media.microphones")
    record SetMicrophones(UUID sittingId, vn.hopso.meeting.api.Microphones microphones) implements MediaCommand {
        public SetMicrophones {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(microphones, "microphones");
        }
    }

    /**
     * Receives the others' pictures ({@code video: true}, as on joining) or their sound only, for a weak link: the
     * server stops relaying every feed's video to this socket, now and for feeds that start later; sound goes on.
     */
    @Wire("media.receive")
    record ReceiveMedia(UUID sittingId, boolean video) implements MediaCommand {
        public ReceiveMedia {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** Leaves the sitting's video; closing the socket does the same. */
    @Wire("media.leave")
    record LeaveMedia(UUID sittingId) implements MediaCommand {
        public LeaveMedia {
            Objects.requireNonNull(sittingId, "sittingId");
        }
    }

    /** The longest notice. */
    int MAX_NOTICE = 500;

    /**
     * A ballot prepared on an item of the sitting, as a draft: its kind, named or secret, the rule (the kind's default
     * when null), the labels of a motion's choices ("Tán thành / Không tán thành / Không biểu quyết" when null), the
     * people on ballots that list them, the seats and marking of an election; {@code changeAllowed} null: a named vote
     * may change until close. {@code rerunOf}: an annulled ballot of the item this one runs again.
     */
    @Wire("ballot.create")
    record CreateBallot(UUID sittingId, UUID itemId, BallotKind kind, String title, boolean secret,
            @Nullable BallotRule rule, @Nullable BallotLabels labels, @Nullable Boolean changeAllowed,
            List<String> nominees, @Nullable Integer seats, @Nullable ElectionMode electionMode,
            @Nullable UUID rerunOf) implements ClientCommand {
        public CreateBallot {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            nominees = nominees == null ? List.of() : List.copyOf(nominees);
        }
    }

    /**
     * Opens a ballot; {@code durationSeconds}, when given, is a countdown (10 to 3600 seconds) after which the server
     * closes it as the chair would.
     */
    @Wire("ballot.open")
    record OpenBallot(UUID sittingId, UUID ballotId, @Nullable Integer durationSeconds) implements ClientCommand {
        public OpenBallot {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
        }
    }

    /**
     * A delegate's vote: {@code choice} on a motion ({@code YES}, {@code NO}, {@code ABSTAIN}), {@code marks} on the
     * other kinds. The voter is the caller; nothing names them. Its text form leaves the vote out, so that no log line
     * can show it.
     */
    @Wire("ballot.cast")
    record CastBallot(UUID sittingId, UUID ballotId, @Nullable String choice, List<CastMark> marks)
            implements ClientCommand {
        public CastBallot {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
            marks = marks == null ? List.of() : List.copyOf(marks);
            if (marks.size() > 100 || marks.stream().anyMatch(Objects::isNull)
                    || (choice != null && choice.length() > 20)) {
                throw new IllegalArgumentException("at most 100 marks, none null");
            }
        }

        @Override
        public String toString() {
            return "CastBallot[sittingId=" + sittingId + ", ballotId=" + ballotId + "]";
        }
    }

    @Wire("ballot.close")
    record CloseBallot(UUID sittingId, UUID ballotId) implements ClientCommand {
        public CloseBallot {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
        }
    }

    @Wire("ballot.publish")
    record PublishBallot(UUID sittingId, UUID ballotId) implements ClientCommand {
        public PublishBallot {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
        }
    }

    /**
     * Chuẩn bị vòng bầu tiếp theo: after an announced round of an election that tied for its last seats or elected
     * too few, a draft of the next round, for the seats left among those still to be decided, linked to it.
     */
    @Wire("ballot.next_round")
    record PrepareNextRound(UUID sittingId, UUID ballotId) implements ClientCommand {
        public PrepareNextRound {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
        }
    }

    /**
     * Nhập kết quả kiểm phiếu giấy: ballots issued, returned, valid and invalid on paper, and on the valid ones how
     * many carry each mark ({@code marks}: for the motion with no {@code nomineeId}, else for each person); a mark left
     * out was counted zero times. Every figure from 0 to 10 000, each mark once.
     */
    @Wire("ballot.paper_count")
    record EnterPaperCount(UUID sittingId, UUID ballotId, int issued, int returned, int valid, int invalid,
            List<PaperMark> marks) implements ClientCommand {
        public EnterPaperCount {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
            marks = marks == null ? List.of() : List.copyOf(marks);
            if (marks.size() > 300 || marks.stream().anyMatch(mark -> mark.mark() == null || mark.mark().length() > 20)
                    || marks.stream().map(mark -> mark.nomineeId() + ":" + mark.mark()).distinct().count()
                            != marks.size()) {
                throw new IllegalArgumentException("at most 300 marks, each named once");
            }
        }
    }

    /** Hủy phiếu biểu quyết, with its reason (1 to 500 characters), kept on record. */
    @Wire("ballot.annul")
    record AnnulBallot(UUID sittingId, UUID ballotId, String reason) implements ClientCommand {
        public AnnulBallot {
            Objects.requireNonNull(sittingId, "sittingId");
            Objects.requireNonNull(ballotId, "ballotId");
            Objects.requireNonNull(reason, "reason");
            if (reason.length() > MAX_NOTICE || reason.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c))) {
                throw new IllegalArgumentException("a reason is at most " + MAX_NOTICE + " characters of text");
            }
        }
    }
}
