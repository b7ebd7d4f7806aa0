package vn.hopso.meeting.command;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys of commands already carried out, per account, kept for a day. Claimed inside the sitting's lock
 * and committed with the change, so a command sent twice runs exactly once, whichever node each copy reaches.
 */
@Component
class CommandReceipts {

    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    CommandReceipts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True if the key is new for this account (and is now taken); false if it was used before. */
    boolean claim(UUID accountId, String key, UUID sittingId, Instant now) {
        return jdbc.sql("""
                        insert into command_receipts (account_id, key, sitting_id, at) values (?, ?, ?, ?)
                        on conflict (account_id, key) do nothing""")
                .params(accountId, key, sittingId, Timestamp.from(now))
                .update() == 1;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOld() {
        jdbc.sql("delete from command_receipts where at < ?").param(Timestamp.from(clock.instant().minus(KEPT)))
                .update();
    }
}
