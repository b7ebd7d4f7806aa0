package vn.hopso.meeting.bus;

import java.util.function.Consumer;

/**
 * Carries committed sitting events to every server node. Delivery is best effort: a node that misses one notices
 * the gap in the sequence and reads the missing events from PostgreSQL, which stays the source of truth.
 */
public interface EventBus extends AutoCloseable {

    void publish(BusEvent event);

    /** Registers a listener for events published by any node, this one included. */
    void subscribe(Consumer<BusEvent> listener);

    @Override
    void close();
}
