package vn.hopso.meeting.realtime;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.access.Viewer;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.domain.Refusal;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.eventlog.StoredEvent;
import vn.hopso.meeting.presence.Presence;
import vn.hopso.meeting.realtime.protocol.ClientCommand.SubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ClientCommand.UnsubscribeSitting;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.realtime.protocol.ServerMessage.ErrorMessage;
import vn.hopso.meeting.realtime.protocol.ServerMessage.Subscribed;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;
import vn.hopso.meeting.sitting.domain.Visibility;

/**
 * {@code sitting.subscribe}: the missed events, then {@code sitting.subscribed}, then live ones, as the caller may see
 * them. A client too far behind is told to reload its snapshot instead of being sent the whole log.
 */
@Component
class SubscribeHandler {

    private static final Logger log = LoggerFactory.getLogger(SubscribeHandler.class);

    private final SittingStore sittings;
    private final SittingEventLog eventLog;
    private final SittingFanout fanout;
    private final ProtocolCodec codec;
    private final Presence presence;
    private final Clock clock;
    private final Duration presenceLifetime;
    private final HopsoProperties.Realtime settings;

    SubscribeHandler(SittingStore sittings, SittingEventLog eventLog, SittingFanout fanout, ProtocolCodec codec,
            Presence presence, Clock clock, HopsoProperties properties) {
        this.sittings = sittings;
        this.eventLog = eventLog;
        this.fanout = fanout;
        this.codec = codec;
        this.presence = presence;
        this.clock = clock;
        this.presenceLifetime = properties.realtime().heartbeatTimeout();
        this.settings = properties.realtime();
    }

    void subscribe(Connection connection, Actor actor, SubscribeSitting command) {
        Sitting sitting = sittings.find(command.sittingId())
                .orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        Viewer viewer = viewerOf(actor, sitting).orElseThrow(() -> Refusal.notFound("phiên họp").exception());
        Subscription previous = connection.subscriptions().get(sitting.id());
        if (previous == null && connection.subscriptions().size() >= settings.maxSubscriptions()) {
            throw Refusal.conflict("too_many_subscriptions",
                    "Đang theo dõi quá nhiều phiên họp trên một kết nối.").exception();
        }
        long backlog = Math.max(0, sitting.lastSeq() - command.afterSeq());
        if (backlog > 0 && backlog <= settings.maxReplay()
                && !connection.budget().take(clock.instant(), (int) Math.min(backlog, settings.frameBurst()))) {
            throw Refusal.conflict("rate_limited", "Gửi yêu cầu quá nhanh. Vui lòng chờ một lát.").exception();
        }
        if (previous != null) {
            fanout.unsubscribe(previous);
        }
        Subscription subscription = new Subscription(connection, sitting.id(), viewer, fanout.assignLane());
        connection.subscriptions().put(sitting.id(), subscription);
        fanout.subscribe(subscription, () -> replay(connection, subscription, command.afterSeq()));
        renewPresence(connection, sitting.id());
    }

    /**
     * Runs while the sitting's channel dispatches nothing: sends the events after {@code afterSeq} that the viewer may
     * see, then the subscribed frame; answers where the log ended.
     */
    private long replay(Connection connection, Subscription subscription, long afterSeq) {
        long logEnd = eventLog.ends(List.of(subscription.sittingId())).getOrDefault(subscription.sittingId(), 0L);
        // A client cannot be ahead of the log (say, after the database was restored): it then resumes from the log's
        // end and reloads its snapshot, instead of silently skipping the events that will reuse those numbers.
        boolean reload = afterSeq > logEnd || logEnd - afterSeq > settings.maxReplay();
        if (!reload) {
            List<StoredEvent> missed = eventLog.between(subscription.sittingId(), afterSeq, logEnd,
                    settings.maxReplay());
            for (StoredEvent event : missed) {
                if (event.recipients().admits(subscription.viewer())) {
                    connection.send(event.frame());
                }
            }
        }
        subscription.resumeAfter(logEnd);
        connection.send(codec.encode(new Subscribed(subscription.sittingId(), logEnd, reload)));
        return logEnd;
    }

    void unsubscribe(Connection connection, UnsubscribeSitting command) {
        Subscription subscription = connection.subscriptions().remove(command.sittingId());
        if (subscription != null) {
            drop(connection, subscription);
        }
    }

    void dropAll(Connection connection) {
        connection.subscriptions().values().forEach(subscription -> drop(connection, subscription));
        connection.subscriptions().clear();
    }

    /**
     * Applies the account's current roles to the connection's subscriptions: a sitting it may no longer follow is
     * dropped with an {@code access_revoked} frame, a changed role changes what it is sent from now on.
     */
    void recheck(Connection connection, Actor actor, java.util.function.Function<UUID, Optional<Sitting>> sittingsById) {
        connection.subscriptions().forEach((sittingId, subscription) -> {
            Optional<Viewer> viewer = sittingsById.apply(sittingId).flatMap(sitting -> viewerOf(actor, sitting));
            if (viewer.isPresent()) {
                subscription.viewer(viewer.get());
            } else if (connection.subscriptions().remove(sittingId, subscription)) {
                drop(connection, subscription);
                connection.send(codec.encode(new ErrorMessage(null, "access_revoked",
                        "Bạn không còn quyền theo dõi phiên họp này.", sittingId)));
            }
        });
    }

    private void drop(Connection connection, Subscription subscription) {
        fanout.unsubscribe(subscription);
        try {
            presence.gone(subscription.sittingId(), connection.key(), connection.accountId());
        } catch (RuntimeException e) {
            log.debug("Presence unavailable while dropping a subscription", e);
        }
    }

    private static Optional<Viewer> viewerOf(Actor actor, Sitting sitting) {
        return actor.viewerIn(sitting.organisationId()).filter(v -> Visibility.mayFollow(v.clearance(), sitting));
    }

    /** Called by the heartbeat for every live connection, so presence outlives it only briefly if the node dies. */
    void renewPresence(Connection connection) {
        connection.subscriptions().keySet().forEach(sittingId -> renewPresence(connection, sittingId));
    }

    private void renewPresence(Connection connection, UUID sittingId) {
        try {
            presence.here(sittingId, connection.key(), connection.accountId(),
                    clock.instant().plus(presenceLifetime));
        } catch (RuntimeException e) {
            log.debug("Presence unavailable for sitting {}", sittingId, e);
        }
    }
}
