package vn.hopso.meeting.presence;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Presence of a single node. */
public final class InMemoryPresence implements Presence {

    private record Entry(UUID accountId, Instant expiresAt) {
    }

    private final Map<UUID, Map<UUID, Entry>> bySitting = new ConcurrentHashMap<>();

    @Override
    public void here(UUID sittingId, UUID connectionId, UUID accountId, Instant expiresAt) {
        bySitting.computeIfAbsent(sittingId, id -> new ConcurrentHashMap<>()).put(connectionId, new Entry(accountId, expiresAt));
    }

    @Override
    public void gone(UUID sittingId, UUID connectionId, UUID accountId) {
        bySitting.computeIfPresent(sittingId, (id, entries) -> {
            entries.remove(connectionId);
            return entries.isEmpty() ? null : entries;
        });
    }

    @Override
    public Set<UUID> present(UUID sittingId, Instant now) {
        Map<UUID, Entry> entries = bySitting.getOrDefault(sittingId, Map.of());
        entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
        return entries.values().stream().map(Entry::accountId).collect(Collectors.toUnmodifiableSet());
    }
}
