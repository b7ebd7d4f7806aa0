package vn.hopso.meeting.eventlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Recipients;

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
    public Optional<Long> lock(UUID sittingId) {
        return jdbc.sql("select last_seq from sittings where id = ? for update").param(sittingId)
                .query(Long.class).optional();
    }

    void append(UUID sittingId, long seq, String type, Recipients recipients, String frame, Instant at,
            @Nullable UUID actorAccountId) {
        jdbc.sql("""
                        insert into sitting_events (sitting_id, seq, type, recipients, frame, occurred_at, actor_account_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(sittingId, seq, type, recipients.encode(), frame, Timestamp.from(at), actorAccountId)
                .update();
    }

    void advanceTo(UUID sittingId, long lastSeq) {
        jdbc.sql("update sittings set last_seq = ? where id = ?").params(lastSeq, sittingId).update();
    }

    /** At most {@code limit} events after {@code afterSeq} up to and including {@code upToSeq}, in order. */
    public List<StoredEvent> between(UUID sittingId, long afterSeq, long upToSeq, int limit) {
        return jdbc.sql("""
                        select seq, recipients, frame from sitting_events
                        where sitting_id = ? and seq > ? and seq <= ? order by seq limit ?""")
                .params(sittingId, afterSeq, upToSeq, limit)
                .query((rs, n) -> new StoredEvent(rs.getLong(1), Recipients.decode(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** Where each of these sittings' logs ends now; sittings that no longer exist are left out. */
    public Map<UUID, Long> ends(Collection<UUID> sittingIds) {
        if (sittingIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, last_seq from sittings where id = any(cast(? as uuid[]))")
                .param(sittingIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
