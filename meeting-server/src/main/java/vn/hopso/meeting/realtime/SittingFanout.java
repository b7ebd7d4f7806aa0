package vn.hopso.meeting.realtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.config.HopsoProperties;

/**
 * This node's subscriptions per sitting; hands each event from the bus to each of them. A send to a WebSocket blocks
 * until the socket takes it, so subscriptions are spread over a fixed number of delivery lanes, each one thread. A
 * subscription stays on its lane and a lane takes events in bus order, so each client still gets them in order.
 */
@Component
class SittingFanout implements DisposableBean {

    private final Map<UUID, List<Set<Subscription>>> bySitting = new ConcurrentHashMap<>();
    private final List<ExecutorService> lanes = new ArrayList<>();
    private final AtomicInteger nextLane = new AtomicInteger();

    private final Timer laneTime;

    SittingFanout(EventBus bus, HopsoProperties properties, MeterRegistry metrics) {
        this.laneTime = Timer.builder("hopso.realtime.fanout")
                .description("time one lane takes to hand one event to its subscribers").register(metrics);
        int count = properties.realtime().fanoutLanes();
        for (int i = 0; i < count; i++) {
            lanes.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("fanout-" + i).daemon().factory()));
        }
        bus.subscribe(this::deliver);
    }

    /** Picks the lane a new subscription will keep for its whole life. */
    int assignLane() {
        return Math.floorMod(nextLane.getAndIncrement(), lanes.size());
    }

    void add(UUID sittingId, Subscription subscription) {
        bySitting.computeIfAbsent(sittingId, id -> newLaneSets()).get(subscription.lane()).add(subscription);
    }

    void remove(UUID sittingId, Subscription subscription) {
        List<Set<Subscription>> sets = bySitting.get(sittingId);
        if (sets != null) {
            sets.get(subscription.lane()).remove(subscription);
        }
    }

    private List<Set<Subscription>> newLaneSets() {
        List<Set<Subscription>> sets = new ArrayList<>(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            sets.add(ConcurrentHashMap.newKeySet());
        }
        return List.copyOf(sets);
    }

    private void deliver(BusEvent event) {
        List<Set<Subscription>> sets = bySitting.get(event.sittingId());
        if (sets == null) {
            return;
        }
        TextMessage message = new TextMessage(event.frame());
        for (int lane = 0; lane < lanes.size(); lane++) {
            Set<Subscription> subscriptions = sets.get(lane);
            if (!subscriptions.isEmpty()) {
                lanes.get(lane).execute(() -> laneTime.record(
                        () -> subscriptions.forEach(subscription -> subscription.offer(event, message))));
            }
        }
    }

    @Override
    public void destroy() {
        lanes.forEach(ExecutorService::shutdownNow);
    }
}
