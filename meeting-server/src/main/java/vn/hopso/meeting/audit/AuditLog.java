package vn.hopso.meeting.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.AuditEntry;

/** Who changed what, and when: written in the same transaction as the change it records. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void record(Actor actor, @Nullable UUID organisationId, String action, String targetType,
            @Nullable UUID targetId, Map<String, ?> details) {
        recordAll(List.of(new Line(actor, organisationId, action, targetType, targetId, details)));
    }

    /** One line of the log, as {@link #record} writes it. */
    public record Line(Actor actor, @Nullable UUID organisationId, String action, String targetType,
            @Nullable UUID targetId, Map<String, ?> details) {
    }

    /** Several lines in one statement (the commands of a batch), in order. */
    public void recordAll(List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into audit_log (at, actor_account_id, actor_username, "
                + "organisation_id, action, target_type, target_id, details) values ");
        List<Object> params = new ArrayList<>(lines.size() * 8);
        Timestamp at = Timestamp.from(clock.instant());
        for (Line line : lines) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))");
            params.addAll(Arrays.asList(at, line.actor().accountId(), line.actor().username(), line.organisationId(),
                    line.action(), line.targetType(), line.targetId(), json.writeValueAsString(line.details())));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /**
     * What happens to an account, logins included, when there may be no logged-in actor (a failed login, the first
     * administrator's setup): {@code actorUsername} is who acted or tried to, as typed.
     */
    public void recordAccount(@Nullable UUID actorAccountId, @Nullable String actorUsername,
            @Nullable UUID organisationId, String action, @Nullable UUID accountId, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_log (at, actor_account_id, actor_username, organisation_id, action, target_type,
                                               target_id, details)
                        values (?, ?, ?, ?, ?, 'account', ?, cast(? as jsonb))""")
                .params(Timestamp.from(clock.instant()), actorAccountId, actorUsername, organisationId, action, accountId,
                        json.writeValueAsString(details))
                .update();
    }

    public List<AuditEntry> recent(UUID organisationId, int limit) {
        return jdbc.sql("""
                        select id, at, actor_username, organisation_id, action, target_type, target_id, details::text
                        from audit_log where organisation_id = ? order by id desc limit ?""")
                .params(organisationId, limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                        rs.getString(8)))
                .list();
    }
}
