package vn.hopso.meeting.realtime;

import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import vn.hopso.meeting.config.HopsoProperties;

/** Pings every connection and closes the ones that stopped answering (a laptop that left the Wi-Fi). */
@Component
class Heartbeat {

    private final RealtimeEndpoint endpoint;
    private final HopsoProperties.Realtime settings;
    private final Clock clock;

    Heartbeat(RealtimeEndpoint endpoint, HopsoProperties properties, Clock clock) {
        this.endpoint = endpoint;
        this.settings = properties.realtime();
        this.clock = clock;
    }

    @Scheduled(fixedRateString = "${hopso.realtime.heartbeat-interval:20s}")
    void beat() {
        Instant cutoff = clock.instant().minus(settings.heartbeatTimeout());
        for (Connection connection : endpoint.connections()) {
            if (connection.silentSince(cutoff)) {
                connection.close(CloseStatus.SESSION_NOT_RELIABLE.withReason("heartbeat timeout"));
            } else {
                connection.ping();
            }
        }
    }
}
