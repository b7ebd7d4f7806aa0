package vn.hopso.meeting.sitting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.SpeakerEntry;
import vn.hopso.meeting.api.SpeakerKind;
import vn.hopso.meeting.api.SpeakerState;
import vn.hopso.meeting.sitting.domain.Speaker;
import vn.hopso.meeting.sitting.domain.SpeakerQueue;
import vn.hopso.meeting.sitting.domain.SpeakerRequest;

/** Speaker requests of sittings, in PostgreSQL; written inside the command pipeline's lock of their sitting. */
@Component
public class SpeakerStore {

    private final JdbcClient jdbc;

    SpeakerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SpeakerQueue of(UUID sittingId) {
        return new SpeakerQueue(jdbc.sql("""
                        select id, item_id, membership_id, account_id, full_name, delegation_name, kind, addressee,
                               state, position, requested_at, started_at, ended_at, limit_seconds, deadline,
                               remaining_millis, site_id
                        from speaker_requests where sitting_id = ? order by item_id, position""")
                .param(sittingId).query(SpeakerStore::map).list());
    }

    public void save(UUID sittingId, SpeakerRequest r) {
        jdbc.sql("""
                        insert into speaker_requests (id, sitting_id, item_id, membership_id, account_id, full_name,
                            delegation_name, kind, addressee, state, position, requested_at, started_at, ended_at,
                            limit_seconds, deadline, remaining_millis, site_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set state = excluded.state, position = excluded.position,
                            started_at = excluded.started_at, ended_at = excluded.ended_at,
                            limit_seconds = excluded.limit_seconds, deadline = excluded.deadline,
                            remaining_millis = excluded.remaining_millis""")
                .params(r.id(), sittingId, r.itemId(), r.speaker().membershipId(), r.speaker().accountId(),
                        r.speaker().fullName(), r.speaker().delegationName(), r.kind().name(), r.addressee(),
                        r.state().name(), r.position(),
                        ts(r.requestedAt()), ts(r.startedAt()), ts(r.endedAt()),
                        r.limit() == null ? null : (int) r.limit().toSeconds(), ts(r.deadline()),
                        r.remaining() == null ? null : r.remaining().toMillis(), r.speaker().siteId())
                .update();
    }

    /** How a request is shown on every screen. */
    public static SpeakerEntry entry(SpeakerRequest r) {
        Speaker speaker = r.speaker();
        return new SpeakerEntry(r.id(), r.itemId(), speaker.membershipId(), speaker.siteId(), speaker.fullName(),
                speaker.delegationName(), r.kind(),
                r.addressee(), r.state(), r.position(), r.requestedAt(), r.startedAt(), r.endedAt(),
                r.limit() == null ? null : (int) r.limit().toSeconds(), r.deadline(),
                r.remaining() == null ? null : r.remaining().toMillis(), r.overrun().toSeconds());
    }

    private static SpeakerRequest map(ResultSet rs, int row) throws SQLException {
        Integer limit = rs.getObject(14, Integer.class);
        Long remaining = rs.getObject(16, Long.class);
        Speaker speaker = new Speaker(rs.getObject(3, UUID.class), rs.getObject(17, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6));
        return new SpeakerRequest(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), speaker,
                SpeakerKind.valueOf(rs.getString(7)), rs.getString(8), SpeakerState.valueOf(rs.getString(9)),
                rs.getInt(10), instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)),
                limit == null ? null : Duration.ofSeconds(limit), instant(rs.getTimestamp(15)),
                remaining == null ? null : Duration.ofMillis(remaining));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
