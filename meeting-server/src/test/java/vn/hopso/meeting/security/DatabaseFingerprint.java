package vn.hopso.meeting.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A digest of every table a REST call or WebSocket command can change, so a test can prove that a refused call
 * changed nothing at all (not only the row it aimed at). Login throttling is left out: refused logins count there;
 * so are the audit log's records of logins, which a test's first call as some user makes.
 */
final class DatabaseFingerprint {

    private static final List<String> TABLES = List.of("organisations", "persons", "accounts", "memberships",
            "delegations", "sites", "sessions", "sittings", "agenda_items", "sitting_events", "audit_log");

    private static final String QUERY = TABLES.stream()
            .map(table -> "select '" + table + "', md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from "
                    + (table.equals("audit_log") ? "(select * from audit_log where action not like 'login.%')" : table)
                    + " t")
            .collect(Collectors.joining(" union all "));

    private final JdbcClient jdbc;

    DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Table name to a digest of its rows. */
    Map<String, String> take() {
        Map<String, String> digests = new LinkedHashMap<>();
        jdbc.sql(QUERY).query(rs -> {
            digests.put(rs.getString(1), rs.getString(2));
        });
        return digests;
    }

    /** The tables whose rows differ from when {@code before} was taken; empty when nothing changed. */
    List<String> changedSince(Map<String, String> before) {
        Map<String, String> now = take();
        return TABLES.stream().filter(table -> !now.get(table).equals(before.get(table))).toList();
    }
}
