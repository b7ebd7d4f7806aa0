package vn.hopso.meeting.media;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hopso.media.domain.TurnCredentials;

/**
 * TURN for browsers whose network blocks UDP to the media server ({@code hopso.media.turn.*}, documented in
 * README.md): the coturn addresses browsers are given, the secret shared with coturn ({@code static-auth-secret}),
 * and how long each user's credentials last. No addresses: no TURN, browsers reach Janus directly.
 *
 * @param uris e.g. {@code turn:turn.hdnd.example.vn:3478?transport=udp, turns:turn.hdnd.example.vn:443?transport=tcp}
 * @param secret the {@code static-auth-secret} of coturn, at least 16 characters
 * @param lifetime how long credentials stay valid: longer than a sitting, as a relay cannot be renewed once they end
 */
@ConfigurationProperties("hopso.media.turn")
public record TurnProperties(@DefaultValue List<String> uris, @Nullable String secret,
        @DefaultValue("12h") Duration lifetime) {

    public TurnProperties {
        uris = uris.stream().map(String::trim).filter(uri -> !uri.isEmpty()).toList();
        for (String uri : uris) {
            if (!uri.startsWith("turn:") && !uri.startsWith("turns:")) {
                throw new IllegalArgumentException("hopso.media.turn.uris are turn: or turns: addresses, not " + uri);
            }
        }
        if (!uris.isEmpty() && (secret == null || secret.length() < TurnCredentials.MIN_SECRET_LENGTH)) {
            throw new IllegalArgumentException("hopso.media.turn.secret (coturn's static-auth-secret, at least "
                    + TurnCredentials.MIN_SECRET_LENGTH + " characters) is needed with hopso.media.turn.uris");
        }
    }

    boolean configured() {
        return !uris.isEmpty();
    }
}
