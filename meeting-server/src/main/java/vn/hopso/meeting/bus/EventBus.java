package vn.hopso.meeting.bus;

/**
 * Carries committed sitting events and access notices to every server node. This node's listeners get what it
 * publishes at once, in-process, so its own clients never depend on the transport. Delivery to other nodes is best
 * effort: a node that misses an event finds the gap against the log at its next heartbeat at the latest, and
 * PostgreSQL stays the source of truth.
 */
public interface EventBus extends AutoCloseable {

    void publish(BusEvent event);

    void publish(Notice notice);

    /** Registers a listener for what any node publishes, this one included. */
    void subscribe(BusListener listener);

    /** Whether this node now hears what the other nodes publish (in process: always). */
    boolean listening();

    @Override
    void close();
}
