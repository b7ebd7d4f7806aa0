package vn.hopso.meeting.eventlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.hopso.meeting.access.Viewer;

/** The record of each sitting, in PostgreSQL. */
@Component
public class SittingEventLog {

    private final JdbcClient jdbc;

    SittingEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One event to append: its place in the log, its kind, who may see it, the frame as sent, who made it. */
    record Appended(long seq, String type, Recipients recipients, String frame, @Nullable UUID actorAccountId) {
    }

    /**
     * Appends the events, which follow the log's end in order, and moves the log's end to the last of them: one
     * statement, inside the transaction that holds the sitting's lock.
     */
    void append(UUID sittingId, List<Appended> events, Instant at) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        StringBuilder sql = new StringBuilder("with appended as (insert into sitting_events "
                + "(sitting_id, seq, type, recipients, frame, occurred_at, actor_account_id) values ");
        List<Object> params = new ArrayList<>(events.size() * 7 + 2);
        for (Appended event : events) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(sittingId, event.seq(), event.type(), event.recipients().encode(),
                    event.frame(), Timestamp.from(at), event.actorAccountId()));
        }
        sql.append(") update sittings set last_seq = ? where id = ?");
        params.add(events.getLast().seq());
        params.add(sittingId);
        jdbc.sql(sql.toString()).params(params).update();
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

    /** The seq of the sitting's latest event of this type, 0 when it has none. */
    public long lastOfType(UUID sittingId, String type) {
        return jdbc.sql("select coalesce(max(seq), 0) from sitting_events where sitting_id = ? and type = ?")
                .params(sittingId, type).query(Long.class).single();
    }

    /**
     * The seq of the sitting's latest event of this type that the viewer may see, 0 when there is none: the log is
     * read backwards a page at a time until one admits them.
     */
    public long lastOfTypeSeenBy(UUID sittingId, String type, Viewer viewer) {
        long before = Long.MAX_VALUE;
        while (true) {
            List<Map.Entry<Long, String>> page = jdbc.sql("""
                            select seq, recipients from sitting_events
                            where sitting_id = ? and type = ? and seq < ? order by seq desc limit ?""")
                    .params(sittingId, type, before, PAGE)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list();
            for (Map.Entry<Long, String> event : page) {
                if (Recipients.decode(event.getValue()).admits(viewer)) {
                    return event.getKey();
                }
            }
            if (page.size() < PAGE) {
                return 0;
            }
            before = page.getLast().getKey();
        }
    }

    private static final int PAGE = 200;

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
