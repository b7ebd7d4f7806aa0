package vn.hopso.meeting.bus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus of a single node: events are handed to listeners on one thread, in publication order. */
public final class InProcessEventBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessEventBus.class);

    private final List<Consumer<BusEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("event-bus").daemon().factory());

    @Override
    public void publish(BusEvent event) {
        delivery.execute(() -> listeners.forEach(listener -> deliver(listener, event)));
    }

    @Override
    public void subscribe(Consumer<BusEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }

    static void deliver(Consumer<BusEvent> listener, BusEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.error("An event listener failed on {} #{}", event.sittingId(), event.seq(), e);
        }
    }
}
