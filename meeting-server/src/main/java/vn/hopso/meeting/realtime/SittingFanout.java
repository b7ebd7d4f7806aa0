package vn.hopso.meeting.realtime;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.EventBus;

/** This node's subscriptions per sitting; hands each event from the bus to each of them. */
@Component
class SittingFanout {

    private final Map<UUID, Set<Subscription>> bySitting = new ConcurrentHashMap<>();

    SittingFanout(EventBus bus) {
        bus.subscribe(this::deliver);
    }

    void add(UUID sittingId, Subscription subscription) {
        bySitting.computeIfAbsent(sittingId, id -> ConcurrentHashMap.newKeySet()).add(subscription);
    }

    void remove(UUID sittingId, Subscription subscription) {
        bySitting.computeIfPresent(sittingId, (id, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    int subscriptionCount() {
        return bySitting.values().stream().mapToInt(Set::size).sum();
    }

    private void deliver(BusEvent event) {
        Set<Subscription> subscriptions = bySitting.get(event.sittingId());
        if (subscriptions != null) {
            subscriptions.forEach(subscription -> subscription.offer(event));
        }
    }
}
