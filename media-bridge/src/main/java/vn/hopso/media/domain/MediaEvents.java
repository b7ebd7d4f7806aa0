package vn.hopso.media.domain;

/**
 * Receives what a media node reports: on the adapter's event thread, one event at a time and in the node's order, or,
 * for a join or leave our code asked for, on the thread that asked once the node confirmed it. A listener returns
 * quickly and hands any call back to the node to a thread of its own.
 */
@FunctionalInterface
public interface MediaEvents {

    void on(MediaEvent event);
}
