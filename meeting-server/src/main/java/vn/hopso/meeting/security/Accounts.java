package vn.hopso.meeting.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The facts about an account that security needs, read fresh for each request: the session never holds them. */
@Component
class Accounts {

    record Status(boolean systemAdmin, boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Empty for an account that no longer exists or is disabled. */
    Optional<Status> status(UUID accountId) {
        return jdbc.sql("select system_admin, must_change_password from accounts where id = ? and enabled")
                .param(accountId)
                .query((rs, n) -> new Status(rs.getBoolean(1), rs.getBoolean(2)))
                .optional();
    }

    String passwordHash(UUID accountId) {
        return jdbc.sql("select password_hash from accounts where id = ?").param(accountId).query(String.class).single();
    }

    /** The password the person chose themselves: nothing more to change. */
    void replacePassword(UUID accountId, String hash) {
        jdbc.sql("""
                        update accounts set password_hash = ?, must_change_password = false, password_changed_at = ?
                        where id = ?""")
                .params(hash, Timestamp.from(clock.instant()), accountId)
                .update();
    }
}
