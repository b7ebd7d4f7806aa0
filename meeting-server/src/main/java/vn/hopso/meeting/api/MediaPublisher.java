package vn.hopso.meeting.api;

import java.util.Objects;

/** One participant sending media in a sitting's video: a delegate, a site, the chair; {@code name} as screens show it. */
public record MediaPublisher(String participantId, String name) {

    public MediaPublisher {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(name, "name");
    }
}
