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
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.hopso.meeting.bus.BusEvent;
import vn.hopso.meeting.bus.BusListener;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.bus.Notice;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.eventlog.SittingEventLog;

/**
 * This node's sittings and their subscriptions. Events from the bus are taken in on one intake thread (so the bus's
 * own thread never waits on the log), put in order per sitting by its {@link SittingChannel}, and handed to a fixed
 * number of delivery lanes, each one thread. A subscription stays on its lane and a lane takes events in order, so
 * each client gets them in order; a send never blocks a lane (see {@link Outbox}).
 */
@Component
class SittingFanout implements BusListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SittingFanout.class);

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Map<UUID, SittingChannel> channels = new ConcurrentHashMap<>();
    private final List<ExecutorService> lanes = new ArrayList<>();
    /** Names this fan-out's threads apart from another's in the same JVM (tests run several servers). */
    private final String name = "fanout-" + INSTANCES.incrementAndGet();
    private final ExecutorService intake = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name(name + "-intake").daemon().factory());
    private final AtomicInteger nextLane = new AtomicInteger();
    private final SittingEventLog eventLog;
    private final Timer laneTime;
    private final List<NoticeListener> noticeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Someone on this node who acts on access notices (see {@link RealtimeAccess}). */
    interface NoticeListener {
        void onNotice(Notice notice);
    }

    SittingFanout(EventBus bus, SittingEventLog eventLog, HopsoProperties properties, MeterRegistry metrics) {
        this.eventLog = eventLog;
        this.laneTime = Timer.builder("hopso.realtime.fanout")
                .description("time one lane takes to hand one event to its subscribers").register(metrics);
        int count = properties.realtime().fanoutLanes();
        for (int i = 0; i < count; i++) {
            lanes.add(Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name + "-lane-" + i).daemon().factory()));
        }
        bus.subscribe(this);
    }

    @Override
    public void onEvent(BusEvent event) {
        intake.execute(() -> {
            SittingChannel channel = channels.get(event.sittingId());
            if (channel != null) {
                channel.accept(event);
            }
        });
    }

    @Override
    public void onNotice(Notice notice) {
        intake.execute(() -> noticeListeners.forEach(listener -> listener.onNotice(notice)));
    }

    void onNotices(NoticeListener listener) {
        noticeListeners.add(listener);
    }

    /** The name of the thread that takes events in, for a test to see it wait. */
    String intakeThreadName() {
        return name + "-intake";
    }

    /** Picks the lane a new subscription will keep for its whole life. */
    int assignLane() {
        return Math.floorMod(nextLane.getAndIncrement(), lanes.size());
    }

    /**
     * Adds a subscription to its sitting's channel while nothing is dispatched for that sitting: {@code start} replays
     * the log from the channel's position and says where it got to, and the subscription receives what comes after.
     */
    long subscribe(Subscription subscription, LongSupplier start) {
        while (true) {
            SittingChannel channel = channels.computeIfAbsent(subscription.sittingId(), this::newChannel);
            long[] reached = new long[1];
            boolean added;
            synchronized (channel) {
                added = channels.get(subscription.sittingId()) == channel;
                if (added) {
                    reached[0] = channel.exclusively(start);
                    channel.add(subscription);
                }
            }
            if (added) {
                return reached[0];
            }
        }
    }

    void unsubscribe(Subscription subscription) {
        SittingChannel channel = channels.get(subscription.sittingId());
        if (channel == null) {
            return;
        }
        synchronized (channel) {
            channel.remove(subscription);
            if (channel.isEmpty()) {
                channels.remove(subscription.sittingId(), channel);
            }
        }
    }

    /** The sittings this node follows now. */
    Set<UUID> followed() {
        return Set.copyOf(channels.keySet());
    }

    /** Fills every channel up to where its log ends: a missed bus message is delivered now at the latest. */
    void catchUp(Map<UUID, Long> logEnds) {
        intake.execute(() -> logEnds.forEach((sittingId, end) -> {
            SittingChannel channel = channels.get(sittingId);
            if (channel != null) {
                try {
                    channel.catchUp(end);
                } catch (RuntimeException e) {
                    log.warn("Could not catch up sitting {} from the log", sittingId, e);
                }
            }
        }));
    }

    private SittingChannel newChannel(UUID sittingId) {
        List<Set<Subscription>> sets = new ArrayList<>(lanes.size());
        for (int i = 0; i < lanes.size(); i++) {
            sets.add(ConcurrentHashMap.newKeySet());
        }
        return new SittingChannel(sittingId, List.copyOf(sets), lanes, eventLog, laneTime::record);
    }

    @Override
    public void destroy() {
        intake.shutdownNow();
        lanes.forEach(ExecutorService::shutdownNow);
    }
}
