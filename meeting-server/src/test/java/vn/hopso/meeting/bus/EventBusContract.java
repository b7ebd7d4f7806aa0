package vn.hopso.meeting.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hopso.meeting.access.Recipients;

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

    /** Records what one node's listener hears. */
    static final class Heard implements BusListener {
        final List<BusEvent> events = new CopyOnWriteArrayList<>();
        final List<Notice> notices = new CopyOnWriteArrayList<>();

        @Override
        public void onEvent(BusEvent event) {
            events.add(event);
        }

        @Override
        public void onNotice(Notice notice) {
            notices.add(notice);
        }
    }

    @Test
    void whatANodePublishesReachesItsOwnListenersAtOnceAndUnchanged() {
        EventBus bus = bus();
        Heard first = new Heard();
        Heard second = new Heard();
        bus.subscribe(first);
        bus.subscribe(second);
        BusEvent event = new BusEvent(UUID.randomUUID(), 7, Recipients.members(),
                "{\"type\":\"agenda.published\",\"item\":{\"title\":\"Nghị quyết về ngân sách\\n năm 2027 \"}}");
        Notice notice = new Notice.AccountSessionsEnded(UUID.randomUUID(), "kept-session");
        bus.publish(event);
        bus.publish(notice);
        assertThat(first.events).containsExactly(event);
        assertThat(second.events).containsExactly(event);
        assertThat(first.notices).containsExactly(notice);
    }

    @Test
    void eventsFromOnePublisherArriveInOrder() {
        EventBus bus = bus();
        Heard heard = new Heard();
        bus.subscribe(heard);
        UUID sitting = UUID.randomUUID();
        IntStream.rangeClosed(1, 300).forEach(seq -> bus.publish(new BusEvent(sitting, seq, Recipients.everyone(), "{}")));
        assertThat(heard.events).extracting(BusEvent::seq).hasSize(300).isSorted();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        EventBus bus = bus();
        bus.subscribe(new BusListener() {
            @Override
            public void onEvent(BusEvent event) {
                throw new IllegalStateException("listener failure in test");
            }

            @Override
            public void onNotice(Notice notice) {
                throw new IllegalStateException("listener failure in test");
            }
        });
        Heard heard = new Heard();
        bus.subscribe(heard);
        UUID sitting = UUID.randomUUID();
        bus.publish(new BusEvent(sitting, 1, Recipients.staff(), "{}"));
        bus.publish(new BusEvent(sitting, 2, Recipients.staff(), "{}"));
        assertThat(heard.events).extracting(BusEvent::seq).containsExactly(1L, 2L);
    }
}
