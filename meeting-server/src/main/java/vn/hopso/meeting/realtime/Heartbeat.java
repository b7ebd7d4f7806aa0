package vn.hopso.meeting.realtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.eventlog.SittingEventLog;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.security.BrowserSessions;
import vn.hopso.meeting.sitting.SittingStore;
import vn.hopso.meeting.sitting.domain.Sitting;

/**
 * Once per interval, for this node's sockets: closes the ones that stopped answering (a laptop that left the Wi-Fi)
 * and the ones whose browser session ended on any node; keeps the others' sessions alive; re-reads every connected
 * account's roles (once per account); and compares each followed sitting's log with what was delivered, so that an
 * event whose bus message was lost (Redis down or re-connecting, a node that died between commit and publish)
 * reaches every screen within one interval.
 */
@Component
class Heartbeat {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

    private final RealtimeEndpoint endpoint;
    private final SubscribeHandler subscriptions;
    private final SittingFanout fanout;
    private final SittingEventLog eventLog;
    private final BrowserSessions browserSessions;
    private final Actors actors;
    private final SittingStore sittings;
    private final HopsoProperties.Realtime settings;
    private final Clock clock;
    private final RealtimeAccess access;

    Heartbeat(RealtimeEndpoint endpoint, SubscribeHandler subscriptions, SittingFanout fanout,
            SittingEventLog eventLog, BrowserSessions browserSessions, Actors actors, SittingStore sittings,
            HopsoProperties properties, Clock clock, RealtimeAccess access) {
        this.access = access;
        this.endpoint = endpoint;
        this.subscriptions = subscriptions;
        this.fanout = fanout;
        this.eventLog = eventLog;
        this.browserSessions = browserSessions;
        this.actors = actors;
        this.sittings = sittings;
        this.settings = properties.realtime();
        this.clock = clock;
    }

    @Scheduled(fixedRateString = "${hopso.realtime.heartbeat-interval:20s}")
    void beat() {
        Instant now = clock.instant();
        try {
            List<Connection> live = closeSilent(now);
            closeEndedSessions(live, now);
            recheckRoles(live);
            fanout.catchUp(eventLog.ends(fanout.followed()));
        } catch (RuntimeException e) {
            log.warn("Heartbeat could not finish; it runs again in {}", settings.heartbeatInterval(), e);
        }
    }

    private List<Connection> closeSilent(Instant now) {
        Instant cutoff = now.minus(settings.heartbeatTimeout());
        List<Connection> live = new ArrayList<>();
        for (Connection connection : endpoint.connections()) {
            if (connection.silentSince(cutoff)) {
                connection.close(CloseStatus.SESSION_NOT_RELIABLE.withReason("heartbeat timeout"));
            } else {
                connection.ping();
                live.add(connection);
            }
        }
        return live;
    }

    private void closeEndedSessions(List<Connection> live, Instant now) {
        List<String> sessionIds = live.stream().map(Connection::browserSession).filter(Objects::nonNull).distinct()
                .toList();
        Set<String> alive = browserSessions.alive(sessionIds, now);
        browserSessions.keepAlive(alive, now);
        live.removeIf(connection -> {
            boolean ended = connection.browserSession() == null || !alive.contains(connection.browserSession());
            if (ended) {
                access.end(connection);
            }
            return ended;
        });
    }

    private void recheckRoles(List<Connection> live) {
        Map<UUID, Optional<Actor>> accounts = new HashMap<>();
        Map<UUID, Optional<Sitting>> followed = new HashMap<>();
        for (Connection connection : live) {
            Optional<Actor> actor = accounts.computeIfAbsent(connection.accountId(), actors::load);
            if (actor.isEmpty()) {
                access.end(connection);
            } else {
                subscriptions.recheck(connection, actor.get(), id -> followed.computeIfAbsent(id, sittings::find));
                subscriptions.renewPresence(connection);
            }
        }
    }
}
