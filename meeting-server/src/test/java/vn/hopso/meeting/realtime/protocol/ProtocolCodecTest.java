package vn.hopso.meeting.realtime.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.hopso.meeting.api.MediaPublisher;
import vn.hopso.meeting.api.Microphones;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.api.AgendaItem;
import vn.hopso.meeting.api.AgendaItemState;
import vn.hopso.meeting.api.AttendanceEntry;
import vn.hopso.meeting.api.AttendanceStatus;
import vn.hopso.meeting.api.Ballot;
import vn.hopso.meeting.api.BallotKind;
import vn.hopso.meeting.api.BallotLabels;
import vn.hopso.meeting.api.BallotNominee;
import vn.hopso.meeting.api.BallotOption;
import vn.hopso.meeting.api.BallotResult;
import vn.hopso.meeting.api.BallotRule;
import vn.hopso.meeting.api.BallotState;
import vn.hopso.meeting.api.BallotTally;
import vn.hopso.meeting.api.PaperMark;
import vn.hopso.meeting.api.TallySource;
import vn.hopso.meeting.api.BallotTurnout;
import vn.hopso.meeting.api.CastMark;
import vn.hopso.meeting.api.ElectionMode;
import vn.hopso.meeting.api.PassingBase;
import vn.hopso.meeting.api.PassingBound;
import vn.hopso.meeting.api.ResultCount;
import vn.hopso.meeting.api.ResultLine;
import vn.hopso.meeting.api.ResultThreshold;
import vn.hopso.meeting.api.NoticeAudience;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.UploadStage;
import vn.hopso.meeting.api.Presentation;
import vn.hopso.meeting.api.QuorumLine;
import vn.hopso.meeting.api.RollCall;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.api.SittingNotice;
import vn.hopso.meeting.api.SittingState;
import vn.hopso.meeting.api.SpeakerEntry;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.meeting.api.SpeakerState;
import vn.hopso.meeting.realtime.protocol.ClientCommand.AdvanceAgenda;
import vn.hopso.meeting.realtime.protocol.ClientCommand.EndSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.GoToAgendaItem;
import vn.hopso.meeting.realtime.protocol.ClientCommand.Ping;
import vn.hopso.meeting.realtime.protocol.ClientCommand.StartSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.UnsubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ServerMessage.CommandAccepted;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
import vn.hopso.meeting.realtime.protocol.ServerMessage.OrganisationChanged;
import vn.hopso.meeting.realtime.protocol.ServerMessage.UploadProgress;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Pong;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Subscribed;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Welcome;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemAdded;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemPublished;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemRemoved;
import vn.hopso.meeting.realtime.protocol.SittingEvent.AgendaItemUpdated;
import vn.hopso.meeting.realtime.protocol.SittingEvent.CurrentItemChanged;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingEnded;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingStarted;
import vn.hopso.meeting.realtime.protocol.SittingEvent.SittingUpdated;

class ProtocolCodecTest {

    private static final UUID ID = UUID.fromString("6f1c1f8e-6f5e-4b7e-9a39-0d6b1d0c2a11");
    private static final Sitting SITTING = new Sitting(ID, ID, ID, "Phiên khai mạc", Instant.parse("2026-12-08T01:00:00Z"),
            null, "Hội trường", false, SittingState.IN_PROGRESS, ID, false, null, null, 4, 2);
    private static final AgendaItem ITEM = new AgendaItem(ID, ID, 2, 1, "Dự toán ngân sách <b>2027</b>", null,
            "Giám đốc Sở Tài chính", 25, false, AgendaItemState.PUBLISHED, true, 3);

    private static final Ballot DRAFT_BALLOT = new Ballot(ID, ID, ID, BallotKind.MOTION, "Nghị quyết dự toán 2027", false,
            true, new BallotRule(PassingBound.MORE_THAN, 1, 2, PassingBase.TOTAL_ELECTED), "Quá 1/2 tổng số đại biểu",
            List.of(new BallotOption("YES", "Tán thành"), new BallotOption("NO", "Không tán thành"),
                    new BallotOption("ABSTAIN", "Không biểu quyết")), List.of(), null, null, null, BallotState.DRAFT,
            Instant.parse("2026-12-08T01:00:00Z"), null, null, null, null, null, null, null, null, null, null, null);
    private static final Ballot COUNTED_BALLOT = new Ballot(ID, ID, ID, BallotKind.CONFIDENCE_RATING, "Lấy phiếu tín nhiệm",
            true, false, null, null, List.of(new BallotOption("HIGH", "Tín nhiệm cao")),
            List.of(new BallotNominee(ID, "Nguyễn Văn An")), null, null, null, BallotState.CLOSED,
            Instant.parse("2026-12-08T01:00:00Z"), Instant.parse("2026-12-08T02:00:00Z"),
            Instant.parse("2026-12-08T02:05:00Z"), Instant.parse("2026-12-08T02:04:30Z"), null, null, null, null, null, 58,
            53,
            new BallotResult(new BallotTurnout(58, 53, 50, 50, 50, 0,
                    new ResultCount("VOTED", "Đã biểu quyết", 50, "86.21", "94.34"),
                    new ResultCount("DID_NOT_VOTE", "Không tham gia biểu quyết", 3, "5.17", "5.66")),
                    List.of(new ResultThreshold("Có thể xin từ chức", "Quá 1/2 tổng số đại biểu", 58, 30,
                            "Quá 1/2 tổng số đại biểu (58): cần 30 phiếu")),
                    List.of(new ResultLine(ID, "Nguyễn Văn An",
                            List.of(new ResultCount("LOW", "Tín nhiệm thấp", 31, "53.45", "58.49")), "MAY_RESIGN",
                            "Có thể xin từ chức")), null, null,
                    List.of(new BallotTally(TallySource.ELECTRONIC, "Phiếu điện tử", 40, 40, 40, 0,
                            List.of(new PaperMark(ID, "LOW", 25)), null, null),
                            new BallotTally(TallySource.PAPER, "Phiếu giấy", 11, 10, 10, 0,
                                    List.of(new PaperMark(ID, "LOW", 6)), 2, Instant.parse("2026-12-08T02:04:00Z")))));

    private final ProtocolCodec codec = new ProtocolCodec();

    static Stream<ClientCommand> everyCommand() {
        return Stream.of(new SubscribeSitting(ID, 7), new UnsubscribeSitting(ID), new Ping("n-1"), new StartSitting(ID),
                new EndSitting(ID), new AdvanceAgenda(ID, null), new AdvanceAgenda(ID, ID), new GoToAgendaItem(ID, ID, null),
                new ClientCommand.CheckIn(ID), new ClientCommand.CheckOut(ID),
                new ClientCommand.MarkAttendance(ID, ID, AttendanceStatus.EXCUSED, "Đi công tác"),
                new ClientCommand.MarkAttendance(ID, ID, AttendanceStatus.PRESENT, null),
                new ClientCommand.CheckInAtSite(ID, ID), new ClientCommand.CheckOutAtSite(ID, ID),
                new ClientCommand.RequestFloor(ID, ID, SpeakerKind.QUESTION, "Giám đốc Sở Y tế", null),
                new ClientCommand.RequestFloor(ID, ID, SpeakerKind.DISCUSSION, null, ID),
                new ClientCommand.WithdrawRequest(ID, ID), new ClientCommand.ReorderSpeakers(ID, ID, List.of(ID, ID)),
                new ClientCommand.GiveFloor(ID, ID, 300), new ClientCommand.EndSpeech(ID),
                new ClientCommand.PauseSpeech(ID), new ClientCommand.ResumeSpeech(ID),
                new ClientCommand.SendNotice(ID, NoticeAudience.EVERYONE, null, "Tạm nghỉ 15 phút"),
                new ClientCommand.SendNotice(ID, NoticeAudience.SITE, ID, "Kiểm tra âm thanh\nngay"),
                new ClientCommand.StartRollCall(ID), new ClientCommand.AnswerRollCall(ID, ID),
                new ClientCommand.EndRollCall(ID), new ClientCommand.PresentDocument(ID, ID, 2),
                new ClientCommand.StopPresenting(ID), new ClientCommand.JoinMedia(ID, true, true),
                new ClientCommand.JoinMedia(ID, false, false), new ClientCommand.PublishMedia(ID, SDP),
                new ClientCommand.AnswerFeed(ID, "delegate-" + ID, SDP), new ClientCommand.LeaveMedia(ID),
                new ClientCommand.ReceiveMedia(ID, false),
                new ClientCommand.SetMicrophones(ID, Microphones.OPEN),
                new ClientCommand.CreateBallot(ID, ID, BallotKind.MOTION, "Nghị quyết dự toán 2027", false,
                        new BallotRule(PassingBound.AT_LEAST, 2, 3, PassingBase.TOTAL_ELECTED),
                        new BallotLabels("Đồng ý", "Không đồng ý", "Phiếu trắng"), null, List.of(), null, null, null),
                new ClientCommand.CreateBallot(ID, ID, BallotKind.ELECTION, "Bầu Phó Chủ tịch", true, null, null, false,
                        List.of("Nguyễn Văn An", "Trần Thị Bình"), 1, ElectionMode.FOR_AGAINST, ID),
                new ClientCommand.OpenBallot(ID, ID, null),
                new ClientCommand.OpenBallot(ID, ID, 90), new ClientCommand.CastBallot(ID, ID, "YES", List.of()),
                new ClientCommand.CastBallot(ID, ID, null, List.of(new CastMark(ID, "LOW"))),
                new ClientCommand.CloseBallot(ID, ID), new ClientCommand.PublishBallot(ID, ID),
                new ClientCommand.PrepareNextRound(ID, ID),
                new ClientCommand.AnnulBallot(ID, ID, "Sự cố thiết bị"),
                new ClientCommand.EnterPaperCount(ID, ID, 12, 11, 10, 1, List.of(new PaperMark(null, "YES", 7),
                        new PaperMark(null, "NO", 3))));
    }

    private static final String SDP = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    static Stream<ServerMessage> everyServerMessage() {
        return Stream.of(new Welcome(ID, "Nguyễn Thị Ánh"), new Subscribed(ID, 9, false), new Subscribed(ID, 9, true),
                new CommandAccepted("r1", false), new CommandAccepted(null, true),
                ErrorMessage.of(null, "forbidden", "Bạn không có quyền."),
                new ErrorMessage(null, "access_revoked", "Bạn không còn quyền.", ID), new Pong("n-1", Instant.parse("2026-12-08T02:00:00.123Z")),
                new OrganisationChanged(ID, OrganisationList.MEMBERS), new UploadProgress(ID, UploadStage.READING, 3, 200),
                new SittingUpdated(SITTING),
                new SittingStarted(SITTING), new SittingEnded(SITTING), new AgendaItemAdded(ITEM),
                new AgendaItemUpdated(ITEM), new AgendaItemPublished(ITEM), new AgendaItemRemoved(ID),
                new CurrentItemChanged(null, false, ID), new CurrentItemChanged(null, true, null),
                new CurrentItemChanged(ID, false, null),
                new SittingEvent.AttendanceChanged(new AttendanceEntry(ID, "Nguyễn Văn An", null, ID,
                        "Điểm cầu xã Tân Lập", AttendanceStatus.LEFT,
                        null, Instant.parse("2026-12-08T01:30:00Z")), new QuorumLine(40, 58, 39, true)),
                new SittingEvent.AttendanceChanged(new AttendanceEntry(ID, "Trần Thị Bình", "Tổ 1", null, null, null, null,
                        null),
                        new QuorumLine(0, 0, 0, false)),
                new SittingEvent.SpeakersChanged(ID, List.of(new SpeakerEntry(ID, ID, ID, null, "Lê Văn Cường", null,
                        SpeakerKind.POINT_OF_ORDER, null, SpeakerState.SPEAKING, 1,
                        Instant.parse("2026-12-08T02:00:00Z"), Instant.parse("2026-12-08T02:01:00Z"), null, 60,
                        Instant.parse("2026-12-08T02:02:00Z"), null, 0))),
                new SittingEvent.SpeakersChanged(ID, List.of(new SpeakerEntry(ID, ID, null, ID, "Điểm cầu xã Tân Lập",
                        null, SpeakerKind.DISCUSSION, null, SpeakerState.WAITING, 2, Instant.parse("2026-12-08T02:00:00Z"),
                        null, null, null, null, null, 0))),
                new SittingEvent.SpeakersChanged(ID, List.of()),
                new SittingEvent.NoticeSent(new SittingNotice(ID, NoticeAudience.SITE, ID, "Điểm cầu xã Tân Lập",
                        "Kiểm tra âm thanh", Instant.parse("2026-12-08T02:00:00Z"))),
                new SittingEvent.RollCallChanged(new RollCall(ID, Instant.parse("2026-12-08T02:00:00Z"), null,
                        List.of(new RollCall.SiteAnswer(ID, "Điểm cầu xã Tân Lập", null, null),
                                new RollCall.SiteAnswer(ID, "Điểm cầu phường Bắc Sơn", Instant.parse("2026-12-08T02:00:05Z"),
                                        ID)))),
                new SittingEvent.BallotChanged(DRAFT_BALLOT), new SittingEvent.BallotChanged(COUNTED_BALLOT),
                new SittingEvent.BallotProgressed(ID, 17, 53), new SittingEvent.VoteEntitled(ID),
                new SittingEvent.VoteRecorded(ID, false, "YES", List.of()),
                new SittingEvent.VoteRecorded(ID, true, null, List.of()),
                new SittingEvent.VoteRecorded(ID, false, null, List.of(new CastMark(ID, "NO"))),
                new SittingEvent.PresentationChanged(new Presentation(ID, "Tờ trình số 12", 2, 14, 1, true,
                        Instant.parse("2026-12-08T02:00:00Z"))),
                new SittingEvent.PresentationChanged(new Presentation(null, null, null, null, null, false,
                        Instant.parse("2026-12-08T02:00:00Z"))),
                new SittingEvent.PresentationChanged(null), new SittingEvent.DocumentsChanged(),
                new SittingEvent.DocumentsRead(), new SittingEvent.CommentsChanged(),
                new MediaMessage.MediaPublishers(ID, "site-" + ID, "delegate-" + ID,
                        List.of(new MediaPublisher("delegate-" + ID, "Lê Văn Cường")), Microphones.FLOOR),
                new MediaMessage.MediaPublishers(ID, "account-" + ID, null, List.of(), Microphones.SPEAKER_ONLY),
                new MediaMessage.PublishAnswer(ID, SDP), new MediaMessage.FeedOffer(ID, "site-" + ID, SDP),
                new MediaMessage.Receiving(ID, true),
                new MediaMessage.MediaError("r2", ID, null, "media_no_room", "Phiên họp chưa có phòng video."),
                new MediaMessage.MediaError(null, ID, "site-" + ID, "media_unknown_feed", "Không có hình ảnh này."));
    }

    @Test
    void theRoundTripListsCoverEveryWireType() {
        assertThat(everyCommand().map(c -> ProtocolCodec.COMMANDS.nameOf(c.getClass())).distinct())
                .containsExactlyInAnyOrderElementsOf(ProtocolCodec.COMMANDS.all().keySet());
        assertThat(everyServerMessage().map(m -> ProtocolCodec.MESSAGES.nameOf(m.getClass())).distinct())
                .containsExactlyInAnyOrderElementsOf(ProtocolCodec.MESSAGES.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandSurvivesTheWire(ClientCommand command) {
        String frame = codec.encode(command, "ref-42", "cmd-7");
        assertThat(frame).startsWith("{\"type\":\"" + ProtocolCodec.COMMANDS.nameOf(command.getClass()) + "\"");
        assertThat(codec.decode(frame)).isEqualTo(new Decoded.Command("ref-42", "cmd-7", command));
        assertThat(codec.decode(codec.encode(command, null))).isEqualTo(new Decoded.Command(null, null, command));
    }

    @ParameterizedTest
    @MethodSource("everyServerMessage")
    void everyServerMessageSurvivesTheWire(ServerMessage message) {
        String frame = message instanceof SittingEvent event
                ? codec.encode(new EventFrame(ID, 12, Instant.parse("2026-12-08T01:02:03Z"), event))
                : codec.encode(message);
        assertThat(codec.decodeServerMessage(frame)).isEqualTo(message);
        if (message instanceof SittingEvent) {
            assertThat(frame).contains("\"sittingId\":\"" + ID + "\"", "\"seq\":12", "\"at\":\"2026-12-08T01:02:03Z\"");
        }
    }

    @Test
    void wireNamesAndFieldNamesAreStable() {
        assertThat(codec.encode(new EventFrame(ID, 3, Instant.parse("2026-12-08T01:02:03Z"), new CurrentItemChanged(ID, false, null))))
                .isEqualTo("{\"type\":\"agenda.current\",\"itemId\":\"" + ID + "\",\"closed\":false,\"nextItemId\":null,"
                        + "\"sittingId\":\"" + ID
                        + "\",\"seq\":3,\"at\":\"2026-12-08T01:02:03Z\"}");
        assertThat(codec.encode(new SubscribeSitting(ID, 5), null))
                .isEqualTo("{\"type\":\"sitting.subscribe\",\"sittingId\":\"" + ID + "\",\"afterSeq\":5}");
    }

    @Test
    void aVoteIsLeftOutOfTheTextFormOfItsCommandSoThatNoLogLineShowsIt() {
        ClientCommand.CastBallot cast = new ClientCommand.CastBallot(ID, ID, "NO", List.of(new CastMark(ID, "LOW")));
        assertThat(cast.toString()).doesNotContain("NO", "LOW", "choice", "marks").contains(ID.toString());
        assertThat(new vn.hopso.meeting.sitting.domain.SittingCommand.CastBallot(ID, ID, "ABSTAIN",
                List.of(new vn.hopso.voting.domain.Counting.Slot(ID, "NO_TRUST"))).toString())
                .doesNotContain("ABSTAIN", "NO_TRUST", "choice", "marks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "42", "{\"type\": ", "\"sitting.subscribe\""})
    void unreadableFramesAreRejectedAsBadJson(String frame) {
        assertThat(codec.decode(frame)).isInstanceOfSatisfying(Decoded.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("bad_json"));
    }

    @Test
    void framesWithoutOrWithUnknownTypeOrBadFieldsAreRejectedWithTheirRef() {
        assertThat(rejection("{\"ref\":\"a\",\"sittingId\":\"" + ID + "\"}")).isEqualTo(List.of("a", "missing_type"));
        assertThat(rejection("{\"ref\":\"b\",\"type\":\"ballot.vote\"}")).isEqualTo(List.of("b", "unknown_type"));
        assertThat(rejection("{\"ref\":\"c\",\"type\":\"sitting.subscribe\",\"sittingId\":\"nope\",\"afterSeq\":0}"))
                .isEqualTo(List.of("c", "bad_message"));
        assertThat(rejection("{\"ref\":\"d\",\"type\":\"sitting.subscribe\",\"afterSeq\":0}"))
                .isEqualTo(List.of("d", "bad_message"));
        assertThat(rejection("{\"ref\":\"e\",\"type\":\"sitting.subscribe\",\"sittingId\":\"" + ID + "\",\"afterSeq\":-1}"))
                .isEqualTo(List.of("e", "bad_message"));
        assertThat(rejection("{\"ref\":\"f\",\"type\":\"heartbeat.ping\",\"nonce\":\"x\",\"admin\":true}"))
                .isEqualTo(List.of("f", "bad_message"));
        assertThat(rejection("{\"type\":\"agenda.next\"}")).isEqualTo(java.util.Arrays.asList(null, "bad_message"));
        assertThat(rejection("{\"ref\":\"g\",\"commandId\":7,\"type\":\"heartbeat.ping\",\"nonce\":\"x\"}"))
                .isEqualTo(List.of("g", "bad_message"));
        assertThat(rejection("{\"ref\":\"h\",\"commandId\":\"" + "x".repeat(65) + "\",\"type\":\"heartbeat.ping\","
                + "\"nonce\":\"x\"}")).isEqualTo(List.of("h", "bad_message"));
    }

    @Test
    void aMediaAnswerNamesAFeedOfTheShapeTheServerHandsOut() {
        assertThat(rejection("{\"ref\":\"m\",\"type\":\"media.answer\",\"sittingId\":\"" + ID
                + "\",\"feed\":\"../janus/1234\",\"sdp\":\"v=0\"}")).isEqualTo(List.of("m", "bad_message"));
        assertThat(rejection("{\"ref\":\"n\",\"type\":\"media.answer\",\"sittingId\":\"" + ID
                + "\",\"sdp\":\"v=0\"}")).isEqualTo(List.of("n", "bad_message"));
        assertThat(rejection("{\"ref\":\"o\",\"type\":\"media.join\",\"sittingId\":\"" + ID
                + "\",\"audio\":true}")).as("both flags are given").isEqualTo(List.of("o", "bad_message"));
    }

    private List<String> rejection(String frame) {
        Decoded.Rejected rejected = (Decoded.Rejected) codec.decode(frame);
        return java.util.Arrays.asList(rejected.ref(), rejected.code());
    }
}
