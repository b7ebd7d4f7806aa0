package vn.hopso.meeting.eventlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Audience;

/** The record of each sitting, in PostgreSQL. */
@Component
public class SittingEventLog {

    private final JdbcClient jdbc;

    SittingEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the sitting for the rest of the transaction and answers its last sequence number: the one writer per
     * sitting, across every node. Empty when there is no such sitting.
     */
    java.util.Optional<Long> lock(UUID sittingId) {
        return jdbc.sql("select last_seq from sittings where id = ? for update").param(sittingId)
                .query(Long.class).optional();
    }

    void append(UUID sittingId, long seq, String type, Audience audience, String frame, Instant at,
            @Nullable UUID actorAccountId) {
        jdbc.sql("""
                        insert into sitting_events (sitting_id, seq, type, audience, frame, occurred_at, actor_account_id)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(sittingId, seq, type, audience.name(), frame, Timestamp.from(at), actorAccountId)
                .update();
    }

    void advanceTo(UUID sittingId, long lastSeq) {
        jdbc.sql("update sittings set last_seq = ? where id = ?").params(lastSeq, sittingId).update();
    }

    /** Events after {@code afterSeq} up to and including {@code upToSeq}, in order. */
    public List<StoredEvent> between(UUID sittingId, long afterSeq, long upToSeq) {
        return jdbc.sql("""
                        select seq, audience, frame::text from sitting_events
                        where sitting_id = ? and seq > ? and seq <= ? order by seq""")
                .params(sittingId, afterSeq, upToSeq)
                .query((rs, n) -> new StoredEvent(rs.getLong(1), Audience.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    public List<StoredEvent> after(UUID sittingId, long afterSeq) {
        return between(sittingId, afterSeq, Long.MAX_VALUE);
    }
}
