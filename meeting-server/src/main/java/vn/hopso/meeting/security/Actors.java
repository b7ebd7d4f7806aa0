package vn.hopso.meeting.security;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.Role;

/** Reads an account and its roles per organisation, fresh for each request or WebSocket command. */
@Component
public class Actors {

    private final JdbcClient jdbc;

    Actors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Actor> load(UUID accountId) {
        record Row(UUID id, String username, String fullName, boolean systemAdmin) {
        }
        return jdbc.sql("""
                        select a.id, a.username, p.full_name, a.system_admin
                        from accounts a join persons p on p.id = a.person_id
                        where a.id = ? and a.enabled""")
                .param(accountId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional()
                .map(row -> new Actor(row.id(), row.username(), row.fullName(), row.systemAdmin(), rolesOf(row.id())));
    }

    private Map<UUID, Set<Role>> rolesOf(UUID accountId) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("""
                        select m.organisation_id, m.role from memberships m
                        join accounts a on a.person_id = m.person_id where a.id = ?""")
                .param(accountId)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                });
        roles.replaceAll((k, v) -> Set.copyOf(v));
        return roles;
    }
}
