package vn.hopso.meeting.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.access.Audience;

/** What every event bus promises, run against each implementation. */
abstract class EventBusContract {

    private final List<EventBus> opened = new CopyOnWriteArrayList<>();

    /** A new bus; buses created by one test talk to each other the way nodes of one deployment do. */
    protected abstract EventBus createBus();

    protected EventBus bus() {
        EventBus bus = createBus();
        opened.add(bus);
        return bus;
    }

    @AfterEach
    void closeBuses() {
        opened.forEach(EventBus::close);
    }

    @Test
    void anEventReachesEveryListenerUnchanged() {
        EventBus bus = bus();
        List<BusEvent> first = new CopyOnWriteArrayList<>();
        List<BusEvent> second = new CopyOnWriteArrayList<>();
        bus.subscribe(first::add);
        bus.subscribe(second::add);
        awaitReady(bus);
        BusEvent event = new BusEvent(UUID.randomUUID(), 7, Audience.MEMBERS,
                "{\"type\":\"agenda.published\",\"item\":{\"title\":\"Nghị quyết về ngân sách\\n năm 2027 \"}}");
        bus.publish(event);
        await().atMost(Duration.ofSeconds(5)).until(() -> first.contains(event) && second.contains(event));
    }

    @Test
    void eventsFromOnePublisherArriveInOrder() {
        EventBus bus = bus();
        List<Long> seen = new CopyOnWriteArrayList<>();
        UUID sitting = UUID.randomUUID();
        bus.subscribe(e -> {
            if (e.sittingId().equals(sitting)) {
                seen.add(e.seq());
            }
        });
        awaitReady(bus);
        IntStream.rangeClosed(1, 300).forEach(seq -> bus.publish(new BusEvent(sitting, seq, Audience.EVERYONE, "{}")));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 300);
        assertThat(seen).isSorted();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        EventBus bus = bus();
        UUID sitting = UUID.randomUUID();
        List<Long> seen = new CopyOnWriteArrayList<>();
        bus.subscribe(e -> {
            throw new IllegalStateException("listener failure in test");
        });
        bus.subscribe(e -> {
            if (e.sittingId().equals(sitting)) {
                seen.add(e.seq());
            }
        });
        awaitReady(bus);
        bus.publish(new BusEvent(sitting, 1, Audience.STAFF, "{}"));
        bus.publish(new BusEvent(sitting, 2, Audience.STAFF, "{}"));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.equals(List.of(1L, 2L)));
    }

    /** Publishes probes until the bus delivers one to itself: subscriptions on a server may take a moment. */
    private static void awaitReady(EventBus bus) {
        UUID probe = UUID.randomUUID();
        List<BusEvent> got = new CopyOnWriteArrayList<>();
        bus.subscribe(e -> {
            if (e.sittingId().equals(probe)) {
                got.add(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
            bus.publish(new BusEvent(probe, 0, Audience.STAFF, "probe"));
            return !got.isEmpty();
        });
    }
}
