package vn.hopso.meeting.realtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Permission;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.presence.Presence;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.UnsubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
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
    private final Presence presence;
    private final Clock clock;
    private final Duration presenceLifetime;

    SubscribeHandler(SittingStore sittings, SittingEventLog log, SittingFanout fanout, ProtocolCodec codec,
            Presence presence, Clock clock, HopsoProperties properties) {
        this.sittings = sittings;
        this.log = log;
        this.fanout = fanout;
        this.codec = codec;
        this.presence = presence;
        this.clock = clock;
        this.presenceLifetime = properties.realtime().heartbeatTimeout();
    }

    void subscribe(Connection connection, Actor actor, SubscribeSitting command) {
        Sitting sitting = sittings.find(command.sittingId()).orElseThrow(() -> ApiProblem.notFound("phiên họp"));
        if (!mayFollow(actor, sitting)) {
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
        renewPresence(connection, sitting.id());
        long reached = subscription.replay();
        connection.send(codec.encode(new Subscribed(sitting.id(), reached)));
    }

    void unsubscribe(Connection connection, UnsubscribeSitting command) {
        Subscription subscription = connection.subscriptions().remove(command.sittingId());
        if (subscription != null) {
            fanout.remove(command.sittingId(), subscription);
            presence.gone(command.sittingId(), connection.key(), connection.accountId());
        }
    }

    void dropAll(Connection connection) {
        connection.subscriptions().forEach((sittingId, subscription) -> {
            fanout.remove(sittingId, subscription);
            presence.gone(sittingId, connection.key(), connection.accountId());
        });
        connection.subscriptions().clear();
    }

    /**
     * Applies the account's current roles to the connection's subscriptions: a sitting it may no longer follow is
     * dropped with an error frame, a changed role changes what it is sent from now on.
     */
    void recheck(Connection connection, Actor actor, Function<UUID, Optional<Sitting>> sittingsById) {
        connection.subscriptions().forEach((sittingId, subscription) -> {
            Optional<Sitting> sitting = sittingsById.apply(sittingId);
            if (sitting.isPresent() && mayFollow(actor, sitting.get())) {
                subscription.clearance(actor.clearanceIn(sitting.get().organisationId()));
            } else {
                connection.subscriptions().remove(sittingId);
                fanout.remove(sittingId, subscription);
                presence.gone(sittingId, connection.key(), connection.accountId());
                connection.send(codec.encode(new ErrorMessage(null, "access_revoked",
                        "Bạn không còn quyền theo dõi phiên họp này.")));
            }
        });
    }

    private static boolean mayFollow(Actor actor, Sitting sitting) {
        return actor.may(sitting.closed() ? Permission.VIEW_CLOSED : Permission.VIEW, sitting.organisationId());
    }

    /** Called by the heartbeat for every live connection, so presence outlives it only briefly if the node dies. */
    void renewPresence(Connection connection) {
        connection.subscriptions().keySet().forEach(sittingId -> renewPresence(connection, sittingId));
    }

    private void renewPresence(Connection connection, UUID sittingId) {
        presence.here(sittingId, connection.key(), connection.accountId(), clock.instant().plus(presenceLifetime));
    }
}
