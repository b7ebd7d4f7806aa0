package vn.hopso.meeting.presence;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Presence shared by every node: one sorted set per sitting, member {@code connectionId:accountId}, score the time
 * the entry expires. The key itself expires a while after the last renewal, so abandoned sittings leave nothing.
 */
public final class RedisPresence implements Presence, AutoCloseable {

    private static final Duration KEY_GRACE = Duration.ofHours(1);

    private final StatefulRedisConnection<String, String> redis;
    private final String prefix;

    public RedisPresence(RedisClient client, String prefix) {
        this.redis = client.connect();
        this.prefix = prefix;
    }

    @Override
    public void here(UUID sittingId, UUID connectionId, UUID accountId, Instant expiresAt) {
        String key = key(sittingId);
        redis.async().zadd(key, expiresAt.toEpochMilli(), member(connectionId, accountId));
        redis.async().pexpireat(key, expiresAt.plus(KEY_GRACE).toEpochMilli());
    }

    @Override
    public void gone(UUID sittingId, UUID connectionId, UUID accountId) {
        redis.async().zrem(key(sittingId), member(connectionId, accountId));
    }

    @Override
    public Set<UUID> present(UUID sittingId, Instant now) {
        String key = key(sittingId);
        redis.sync().zremrangebyscore(key, Range.create(Double.NEGATIVE_INFINITY, (double) now.toEpochMilli()));
        return redis.sync().zrange(key, 0, -1).stream()
                .map(member -> UUID.fromString(member.substring(member.indexOf(':') + 1)))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void close() {
        redis.close();
    }

    private String key(UUID sittingId) {
        return prefix + sittingId;
    }

    private static String member(UUID connectionId, UUID accountId) {
        return connectionId + ":" + accountId;
    }
}
