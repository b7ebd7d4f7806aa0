package vn.hopso.meeting.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys of commands already carried out, per account, kept for a day. Looked up inside the sitting's lock
 * and kept with the change, in its transaction, so a command sent twice runs exactly once, whichever node each copy
 * reaches, and the repeat answers what the first one made.
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

    /** What a command carried out under a key left behind: where, what it made or changed, and which command. */
    record Receipt(UUID sittingId, @Nullable UUID subjectId, String fingerprint) {

        /** Whether {@code fingerprint} on {@code sittingId} is the command this receipt is for. */
        boolean isFor(UUID sitting, String command) {
            return sittingId.equals(sitting) && (fingerprint.isEmpty() || fingerprint.equals(command));
        }
    }

    Optional<Receipt> find(UUID accountId, String key) {
        return jdbc.sql("select sitting_id, subject_id, fingerprint from command_receipts where account_id = ? and key = ?")
                .params(accountId, key)
                .query((rs, row) -> new Receipt(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .optional();
    }

    /** Keeps the receipt; false if the key was taken meanwhile (the same key sent at once for another sitting). */
    boolean keep(UUID accountId, String key, Receipt receipt, Instant now) {
        return jdbc.sql("""
                        insert into command_receipts (account_id, key, sitting_id, subject_id, fingerprint, at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (account_id, key) do nothing""")
                .params(accountId, key, receipt.sittingId(), receipt.subjectId(), receipt.fingerprint(),
                        Timestamp.from(now))
                .update() == 1;
    }

    /** The same command gives the same fingerprint (a hash of the record, which names everything it does). */
    static String fingerprint(Object command) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(command.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetOld() {
        jdbc.sql("delete from command_receipts where at < ?").param(Timestamp.from(clock.instant().minus(KEPT)))
                .update();
    }
}
