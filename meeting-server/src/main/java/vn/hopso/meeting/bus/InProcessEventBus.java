package vn.hopso.meeting.bus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus of a single node: what is published goes straight to this node's listeners, on the publishing thread. */
public final class InProcessEventBus implements EventBus {

    private static final Logger log = LoggerFactory.getLogger(InProcessEventBus.class);

    private final List<BusListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(BusEvent event) {
        deliver(listeners, listener -> listener.onEvent(event));
    }

    @Override
    public void publish(Notice notice) {
        deliver(listeners, listener -> listener.onNotice(notice));
    }

    @Override
    public void subscribe(BusListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean listening() {
        return true;
    }

    @Override
    public void close() {
        listeners.clear();
    }

    /** Hands something to every listener; one that fails is logged and does not keep it from the others. */
    static void deliver(List<BusListener> listeners, Consumer<BusListener> delivery) {
        for (BusListener listener : listeners) {
            try {
                delivery.accept(listener);
            } catch (RuntimeException e) {
                log.error("A bus listener failed", e);
            }
        }
    }
}
