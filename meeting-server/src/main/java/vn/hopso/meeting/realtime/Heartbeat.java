package vn.hopso.meeting.realtime;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.Sitting;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.security.Actors;
import vn.hopso.meeting.sitting.SittingStore;

/**
 * Pings every connection and closes the ones that stopped answering (a laptop that left the Wi-Fi). It also re-reads
 * the roles of every connected account, once per account, so a role taken away on any node stops the live stream
 * within one beat.
 */
@Component
class Heartbeat {

    private final RealtimeEndpoint endpoint;
    private final SubscribeHandler subscriptions;
    private final HopsoProperties.Realtime settings;
    private final Clock clock;

    private final Actors actors;
    private final SittingStore sittings;

    Heartbeat(RealtimeEndpoint endpoint, SubscribeHandler subscriptions, Actors actors, SittingStore sittings,
            HopsoProperties properties, Clock clock) {
        this.actors = actors;
        this.sittings = sittings;
        this.endpoint = endpoint;
        this.subscriptions = subscriptions;
        this.settings = properties.realtime();
        this.clock = clock;
    }

    @Scheduled(fixedRateString = "${hopso.realtime.heartbeat-interval:20s}")
    void beat() {
        Instant cutoff = clock.instant().minus(settings.heartbeatTimeout());
        Map<UUID, Optional<Actor>> accounts = new HashMap<>();
        Map<UUID, Optional<Sitting>> followed = new HashMap<>();
        for (Connection connection : endpoint.connections()) {
            if (connection.silentSince(cutoff)) {
                connection.close(CloseStatus.SESSION_NOT_RELIABLE.withReason("heartbeat timeout"));
                continue;
            }
            Optional<Actor> actor = accounts.computeIfAbsent(connection.accountId(), actors::load);
            if (actor.isEmpty()) {
                connection.close(CloseStatus.POLICY_VIOLATION.withReason("account disabled"));
            } else {
                connection.ping();
                subscriptions.recheck(connection, actor.get(), id -> followed.computeIfAbsent(id, sittings::find));
                subscriptions.renewPresence(connection);
            }
        }
    }
}
