package vn.hopso.meeting.security;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The browser sessions behind open WebSockets, as Spring Session keeps them in PostgreSQL: which are still valid, and
 * keeping those alive while their socket is in use (a hall display left running for days stays logged in; one whose
 * session was ended by logout or a password change, on any node, is closed).
 */
@Component
public class BrowserSessions {

    private final JdbcClient jdbc;

    BrowserSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code sessionIds} that exist and have not expired at {@code now}. */
    public Set<String> alive(Collection<String> sessionIds, Instant now) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select session_id from spring_session
                        where session_id = any(cast(? as text[])) and expiry_time > ?""")
                .params(array(sessionIds), now.toEpochMilli())
                .query(String.class).list());
    }

    /** Counts an open socket as use of its session: its expiry moves on as if a request had come in now. */
    public void keepAlive(Collection<String> sessionIds, Instant now) {
        if (sessionIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000
                        where session_id = any(cast(? as text[])) and expiry_time > ?""")
                .params(now.toEpochMilli(), now.toEpochMilli(), array(sessionIds), now.toEpochMilli())
                .update();
    }

    private static String array(Collection<String> ids) {
        return ids.stream().map(id -> "\"" + id.replace("\"", "") + "\"").collect(Collectors.joining(",", "{", "}"));
    }
}
