package vn.hopso.meeting.realtime;

import org.springframework.context.ApplicationContext;
import org.springframework.web.socket.CloseStatus;

/** For tests: cuts every live WebSocket of a running server, as a dropped hall Wi-Fi or a restarted node would. */
public final class NetworkDrop {

    private NetworkDrop() {
    }

    /** Closes every connection; answers how many were cut. */
    public static int cutAll(ApplicationContext server) {
        int cut = 0;
        for (Connection connection : server.getBean(RealtimeEndpoint.class).connections()) {
            connection.close(CloseStatus.SERVICE_RESTARTED);
            cut++;
        }
        return cut;
    }
}
