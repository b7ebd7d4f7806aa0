package vn.hopso.meeting.realtime;

import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.UnsubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Subscribed;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.web.ApiProblem;

/** {@code sitting.subscribe}: the missed events, then live ones, as the caller's role may see them. */
@Component
class SubscribeHandler {

    private final SittingStore sittings;
    private final SittingEventLog log;
    private final SittingFanout fanout;
    private final ProtocolCodec codec;

    SubscribeHandler(SittingStore sittings, SittingEventLog log, SittingFanout fanout, ProtocolCodec codec) {
        this.sittings = sittings;
        this.log = log;
        this.fanout = fanout;
        this.codec = codec;
    }

    void subscribe(Connection connection, Actor actor, SubscribeSitting command) {
        Sitting sitting = sittings.find(command.sittingId()).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
        if (!actor.may(sitting.closed() ? Permission.VIEW_CLOSED : Permission.VIEW, sitting.organisationId())) {
            throw ApiProblem.forbidden();
        }
        // A client cannot be ahead of the log (say, after the database was restored): it then resumes from the log's
        // end instead of silently skipping the events that will reuse those numbers.
        long afterSeq = Math.min(command.afterSeq(), sitting.lastSeq());
        Subscription subscription = new Subscription(connection, sitting.id(),
                actor.clearanceIn(sitting.organisationId()), afterSeq, log, fanout.assignLane());
        Subscription previous = connection.subscriptions().put(sitting.id(), subscription);
        if (previous != null) {
            fanout.remove(sitting.id(), previous);
        }
        fanout.add(sitting.id(), subscription);
        long reached = subscription.replay();
        connection.send(codec.encode(new Subscribed(sitting.id(), reached)));
    }

    void unsubscribe(Connection connection, UnsubscribeSitting command) {
        Subscription subscription = connection.subscriptions().remove(command.sittingId());
        if (subscription != null) {
            fanout.remove(command.sittingId(), subscription);
        }
    }

    void dropAll(Connection connection) {
        connection.subscriptions().forEach(fanout::remove);
        connection.subscriptions().clear();
    }
}
