package vn.hopso.media.managed;

import vn.hopso.media.janus.JanusEndpoint;

/** What a managed Janus is doing; "not installed" is a state like any other, so the rest of HọpSố runs without it. */
public sealed interface JanusStatus {

    /** The {@code janus} binary or its VideoRoom plugin is missing. */
    record NotInstalled(String howToInstall) implements JanusStatus {
    }

    /** Janus answers on {@code endpoint}; {@code restarts} counts the starts after the first. */
    record Running(JanusEndpoint endpoint, long pid, int restarts) implements JanusStatus {
    }

    /** Janus died and is being started again. */
    record Restarting(String why) implements JanusStatus {
    }

    /** Janus did not come up; {@code why} quotes the end of its log. */
    record Failed(String why) implements JanusStatus {
    }

    /** Not started yet, or closed. */
    record Stopped() implements JanusStatus {
    }
}
