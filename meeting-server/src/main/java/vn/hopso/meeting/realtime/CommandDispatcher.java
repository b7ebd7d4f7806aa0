package vn.hopso.meeting.realtime;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.ballot.BallotForms;
import vn.hopso.meeting.command.CommandPipeline;
import vn.hopso.meeting.command.Outcome;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.realtime.protocol.ClientCommand.AdvanceAgenda;
import vn.hopso.meeting.realtime.protocol.ClientCommand.EndSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.GoToAgendaItem;
import vn.hopso.meeting.realtime.protocol.ClientCommand.Ping;
import vn.hopso.meeting.realtime.protocol.ClientCommand.StartSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.UnsubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand;
import vn.hopso.meeting.realtime.protocol.Decoded;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.CommandAccepted;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Pong;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.sitting.domain.SittingCommand;

/**
 * Routes each decoded frame: the connection's own business (subscriptions, pings) here, every change to a sitting
 * through the command pipeline, video signalling to the media side. The switch has no default: a new command without a route does not compile. Roles are
 * read afresh for every frame, so a revoked role takes effect at once.
 */
@Component
class CommandDispatcher {

    private final Actors actors;
    private final SubscribeHandler subscriptions;
    private final CommandPipeline pipeline;
    private final ProtocolCodec codec;
    private final Clock clock;
    private final MediaSignalling media;

    CommandDispatcher(Actors actors, SubscribeHandler subscriptions, CommandPipeline pipeline, ProtocolCodec codec,
            Clock clock, MediaSignalling media) {
        this.clock = clock;
        this.media = media;
        this.actors = actors;
        this.subscriptions = subscriptions;
        this.pipeline = pipeline;
        this.codec = codec;
    }

    void dispatch(Connection connection, Decoded.Command decoded) {
        String ref = decoded.ref();
        switch (decoded.command()) {
            case Ping ping -> connection.send(codec.encode(new Pong(ping.nonce(), clock.instant())));
            case SubscribeSitting subscribe -> subscriptions.subscribe(connection, actor(connection), subscribe);
            case UnsubscribeSitting unsubscribe -> {
                subscriptions.unsubscribe(connection, unsubscribe);
                connection.send(codec.encode(new CommandAccepted(ref, false)));
            }
            case StartSitting start -> run(connection, decoded, new SittingCommand.StartSitting(start.sittingId()));
            case EndSitting end -> run(connection, decoded, new SittingCommand.EndSitting(end.sittingId()));
            case AdvanceAgenda next -> run(connection, decoded,
                    new SittingCommand.AdvanceAgenda(next.sittingId(), next.fromItemId()));
            case GoToAgendaItem go -> run(connection, decoded,
                    new SittingCommand.GoToItem(go.sittingId(), go.itemId(), go.fromItemId()));
            case ClientCommand.CheckIn in -> run(connection, decoded, new SittingCommand.CheckIn(in.sittingId()));
            case ClientCommand.CheckOut out -> run(connection, decoded, new SittingCommand.CheckOut(out.sittingId()));
            case ClientCommand.CheckInAtSite in -> run(connection, decoded,
                    new SittingCommand.CheckInAtSite(in.sittingId(), in.membershipId()));
            case ClientCommand.CheckOutAtSite out -> run(connection, decoded,
                    new SittingCommand.CheckOutAtSite(out.sittingId(), out.membershipId()));
            case ClientCommand.MarkAttendance mark -> run(connection, decoded, new SittingCommand.MarkAttendance(
                    mark.sittingId(), mark.membershipId(), mark.status(), mark.reason()));
            case ClientCommand.RequestFloor request -> run(connection, decoded, new SittingCommand.RequestFloor(
                    request.sittingId(), request.itemId(), request.kind(), request.addressee(), request.siteId()));
            case ClientCommand.WithdrawRequest withdraw -> run(connection, decoded,
                    new SittingCommand.WithdrawRequest(withdraw.sittingId(), withdraw.requestId()));
            case ClientCommand.ReorderSpeakers order -> run(connection, decoded,
                    new SittingCommand.ReorderSpeakers(order.sittingId(), order.itemId(), order.requestIds()));
            case ClientCommand.GiveFloor give -> run(connection, decoded, new SittingCommand.GiveFloor(
                    give.sittingId(), give.requestId(), Duration.ofSeconds(give.limitSeconds())));
            case ClientCommand.EndSpeech end -> run(connection, decoded, new SittingCommand.EndSpeech(end.sittingId()));
            case ClientCommand.PauseSpeech pause -> run(connection, decoded,
                    new SittingCommand.PauseSpeech(pause.sittingId()));
            case ClientCommand.ResumeSpeech resume -> run(connection, decoded,
                    new SittingCommand.ResumeSpeech(resume.sittingId()));
            case ClientCommand.SendNotice notice -> run(connection, decoded, new SittingCommand.SendNotice(
                    notice.sittingId(), notice.audience(), notice.siteId(), notice.text()));
            case ClientCommand.StartRollCall start -> run(connection, decoded,
                    new SittingCommand.StartRollCall(start.sittingId()));
            case ClientCommand.AnswerRollCall answer -> run(connection, decoded,
                    new SittingCommand.AnswerRollCall(answer.sittingId(), answer.siteId()));
            case ClientCommand.EndRollCall end -> run(connection, decoded,
                    new SittingCommand.EndRollCall(end.sittingId()));
            case ClientCommand.PresentDocument present -> run(connection, decoded, new SittingCommand.PresentDocument(
                    present.sittingId(), present.documentId(), present.page()));
            case ClientCommand.StopPresenting stop -> run(connection, decoded,
                    new SittingCommand.StopPresenting(stop.sittingId()));
            case ClientCommand.CreateBallot create -> run(connection, decoded, BallotForms.create(create));
            case ClientCommand.OpenBallot open -> run(connection, decoded,
                    new SittingCommand.OpenBallot(open.sittingId(), open.ballotId(), open.durationSeconds() == null
                            ? null : java.time.Duration.ofSeconds(open.durationSeconds())));
            case ClientCommand.CastBallot cast -> run(connection, decoded, BallotForms.cast(cast));
            case ClientCommand.CloseBallot close -> run(connection, decoded,
                    new SittingCommand.CloseBallot(close.sittingId(), close.ballotId()));
            case ClientCommand.PublishBallot publish -> run(connection, decoded,
                    new SittingCommand.PublishBallot(publish.sittingId(), publish.ballotId()));
            case ClientCommand.PrepareNextRound next -> run(connection, decoded,
                    new SittingCommand.PrepareNextRound(next.sittingId(), next.ballotId()));
            case ClientCommand.EnterPaperCount paper -> run(connection, decoded, BallotForms.paperCount(paper));
            case ClientCommand.AnnulBallot annul -> run(connection, decoded,
                    new SittingCommand.AnnulBallot(annul.sittingId(), annul.ballotId(), annul.reason()));
            case ClientCommand.MediaCommand signal -> media.handle(new SocketPeer(connection, codec), actor(connection),
                    ref, signal);
        }
    }

    private void run(Connection connection, Decoded.Command decoded, SittingCommand command) {
        Outcome outcome = pipeline.run(actor(connection), command, decoded.commandId());
        connection.send(codec.encode(switch (outcome) {
            case Outcome.Applied applied -> new CommandAccepted(decoded.ref(), false);
            case Outcome.AlreadyApplied already -> new CommandAccepted(decoded.ref(), true);
            case Outcome.Rejected rejected when rejected.refusal().kind() == Refusal.Kind.CONFLICT ->
                    new ErrorMessage(decoded.ref(), rejected.refusal().code(), rejected.refusal().message(),
                            command.target() instanceof SittingCommand.Target.OfSitting of ? of.sittingId() : null);
            // Forbidden, unknown or malformed: the endpoint answers and counts it against the client.
            case Outcome.Rejected rejected -> throw rejected.refusal().exception();
        }));
    }

    private Actor actor(Connection connection) {
        return actors.load(connection.accountId()).orElseThrow(() -> Refusal.forbidden().exception());
    }
}
