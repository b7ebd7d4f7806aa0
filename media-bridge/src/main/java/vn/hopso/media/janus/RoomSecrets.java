package vn.hopso.media.janus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.hopso.media.domain.MediaRoomId;

/**
 * Each room's VideoRoom secret (needed to moderate, kick or destroy it), derived from one key: nothing to store, the
 * same secret after our restart, and a different one for every room.
 */
public final class RoomSecrets {

    private final SecretKeySpec key;

    public RoomSecrets(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a room secret key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    String of(MediaRoomId room) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(room.value().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
