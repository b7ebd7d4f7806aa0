package vn.hopso.meeting.sitting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.api.RollCall;

/** Roll calls of sites per sitting; written inside the command pipeline's lock of their sitting. */
@Component
public class RollCallStore {

    private final JdbcClient jdbc;

    RollCallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sitting's latest roll call with every site of its organisation, answered or not. */
    public Optional<RollCall> latest(UUID sittingId) {
        record Head(UUID id, Instant startedAt, Instant endedAt) {
        }
        return jdbc.sql("""
                        select id, started_at, ended_at from roll_calls where sitting_id = ?
                        order by started_at desc limit 1""")
                .param(sittingId)
                .query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional()
                .map(head -> new RollCall(head.id(), head.startedAt(), head.endedAt(), jdbc.sql("""
                                select s.id, s.name, a.answered_at, acc.id from sittings t
                                join sites s on s.organisation_id = t.organisation_id
                                left join roll_call_answers a on a.site_id = s.id and a.roll_call_id = ?
                                left join memberships m on m.id = s.operator_membership_id
                                left join accounts acc on acc.person_id = m.person_id
                                where t.id = ? order by s.name, s.id""")
                        .params(head.id(), sittingId)
                        .query((rs, n) -> new RollCall.SiteAnswer(rs.getObject(1, UUID.class), rs.getString(2),
                                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                                rs.getObject(4, UUID.class)))
                        .list()));
    }

    public void start(UUID id, UUID sittingId, UUID by, Instant at) {
        jdbc.sql("insert into roll_calls (id, sitting_id, started_by, started_at) values (?, ?, ?, ?)")
                .params(id, sittingId, by, Timestamp.from(at)).update();
    }

    public void end(UUID id, Instant at) {
        jdbc.sql("update roll_calls set ended_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    public void answer(UUID rollCallId, UUID siteId, UUID by, Instant at) {
        jdbc.sql("insert into roll_call_answers (roll_call_id, site_id, answered_by, answered_at) values (?, ?, ?, ?)")
                .params(rollCallId, siteId, by, Timestamp.from(at)).update();
    }
}
