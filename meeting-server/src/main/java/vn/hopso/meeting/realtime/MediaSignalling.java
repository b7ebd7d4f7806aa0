package vn.hopso.meeting.realtime;

import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.realtime.protocol.ClientCommand.MediaCommand;

/**
 * The sittings' video signalling, which changes no sitting state and so does not go through the command pipeline: the
 * media side answers each socket on its own, and hears when a socket closes so that it leaves nothing on Janus.
 */
public interface MediaSignalling {

    /**
     * Handles one media command of the socket; throws a {@link vn.hopso.meeting.domain.Refused} when the actor may not
     * (the endpoint answers it like any refused command), answers everything else with media messages.
     */
    void handle(Peer peer, Actor actor, @Nullable String ref, MediaCommand command);

    /** The socket closed: whatever it joined is left. */
    void closed(Peer peer);
}
