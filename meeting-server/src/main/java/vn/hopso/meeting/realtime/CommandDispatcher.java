package vn.hopso.meeting.realtime;

import org.springframework.stereotype.Component;
import vn.hopso.meeting.realtime.protocol.ClientCommand;
import vn.hopso.meeting.realtime.protocol.ClientCommand.AdvanceAgenda;
import vn.hopso.meeting.realtime.protocol.ClientCommand.EndSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.GoToAgendaItem;
import vn.hopso.meeting.realtime.protocol.ClientCommand.Ping;
import vn.hopso.meeting.realtime.protocol.ClientCommand.StartSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.UnsubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.CommandAccepted;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Pong;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.sitting.SittingSteering;
import vn.hopso.meeting.web.ApiProblem;

/**
 * Routes each decoded command to its handler. The switch has no default: a new command without a handler does not
 * compile. Roles are read afresh for every command, so a revoked role takes effect at once.
 */
@Component
class CommandDispatcher {

    private final Actors actors;
    private final SubscribeHandler subscriptions;
    private final SittingSteering steering;
    private final ProtocolCodec codec;

    CommandDispatcher(Actors actors, SubscribeHandler subscriptions, SittingSteering steering, ProtocolCodec codec) {
        this.actors = actors;
        this.subscriptions = subscriptions;
        this.steering = steering;
        this.codec = codec;
    }

    void dispatch(Connection connection, ClientCommand command, String ref) {
        switch (command) {
            case Ping ping -> connection.send(codec.encode(new Pong(ping.nonce())));
            case SubscribeSitting subscribe -> subscriptions.subscribe(connection, actor(connection), subscribe);
            case UnsubscribeSitting unsubscribe -> {
                subscriptions.unsubscribe(connection, unsubscribe);
                accepted(connection, ref);
            }
            case StartSitting start -> {
                steering.start(actor(connection), start.sittingId());
                accepted(connection, ref);
            }
            case EndSitting end -> {
                steering.end(actor(connection), end.sittingId());
                accepted(connection, ref);
            }
            case AdvanceAgenda next -> {
                steering.advance(actor(connection), next.sittingId());
                accepted(connection, ref);
            }
            case GoToAgendaItem go -> {
                steering.goTo(actor(connection), go.sittingId(), go.itemId());
                accepted(connection, ref);
            }
        }
    }

    private vn.hopso.meeting.access.Actor actor(Connection connection) {
        return actors.load(connection.accountId()).orElseThrow(ApiProblem::forbidden);
    }

    private void accepted(Connection connection, String ref) {
        connection.send(codec.encode(new CommandAccepted(ref)));
    }
}
