package vn.hopso.meeting.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hopso.media.domain.TurnCredentials;
import vn.hopso.meeting.access.Actor;
import vn.hopso.meeting.api.IceServers;

/**
 * The TURN servers and credentials for the signed-in person's video, issued afresh on each request and named after
 * their account (never their user name or full name, which would land in the TURN server's log).
 */
@Tag(name = "Video", description = "Hình ảnh trực tuyến: what a browser needs to send and receive the sitting's media")
@RestController
@RequestMapping("/api")
class IceServersController {

    private final TurnProperties turn;
    private final Optional<TurnCredentials> credentials;

    IceServersController(TurnProperties turn, Clock clock) {
        this.turn = turn;
        this.credentials = turn.configured()
                ? Optional.of(new TurnCredentials(Objects.requireNonNull(turn.secret()), turn.lifetime(), clock))
                : Optional.empty();
    }

    @Operation(operationId = "getIceServers", summary = "The TURN servers the caller's browser may relay its media "
            + "through, with time-limited credentials of the caller's own; none when no TURN server is configured")
    @GetMapping("/media/ice-servers")
    IceServers iceServers(Actor actor) {
        return credentials.map(issuer -> {
            TurnCredentials.Issued issued = issuer.issue(actor.accountId().toString());
            return new IceServers(List.of(new IceServers.IceServer(turn.uris(), issued.username(), issued.password())),
                    issued.expiresAt());
        }).orElseGet(() -> new IceServers(List.of(), null));
    }
}
