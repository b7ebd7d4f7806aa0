package vn.hopso.media.domain;

/**
 * Receives what a media node reports. Called on the adapter's event thread, one event at a time and in the node's
 * order; a listener must return quickly and never block on the node.
 */
@FunctionalInterface
public interface MediaEvents {

    void on(MediaEvent event);
}
