package vn.hopso.media.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-limited TURN credentials in the scheme coturn checks with {@code use-auth-secret} (the "TURN REST API"
 * draft): the user name is the expiry as Unix seconds, a colon, and who it is for; the password is the Base64 of the
 * HMAC-SHA1 of that user name under the secret the TURN server shares with us. No call to the TURN server: it
 * recomputes the password and refuses a user name whose time has passed, so credentials cannot be reused later or
 * forged without the secret.
 */
public final class TurnCredentials {

    /** What a browser gives its RTCPeerConnection, valid until {@code expiresAt}. */
    public record Issued(String username, String password, Instant expiresAt) {
    }

    /** The shortest secret accepted: a guessable one would let anyone relay through the TURN server. */
    public static final int MIN_SECRET_LENGTH = 16;

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    public TurnCredentials(String secret, Duration lifetime, Clock clock) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the TURN secret has at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("TURN credentials live for some time, not " + lifetime);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Credentials for {@code holder} (an opaque id: it appears in the TURN server's log), from now on. */
    public Issued issue(String holder) {
        if (holder.isEmpty() || holder.contains(":")) {
            throw new IllegalArgumentException("a TURN credential holder is a non-empty id without ':': " + holder);
        }
        Instant expiresAt = clock.instant().plus(lifetime);
        String username = expiresAt.getEpochSecond() + ":" + holder;
        return new Issued(username, password(username), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    private String password(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA1", e);
        }
    }
}
