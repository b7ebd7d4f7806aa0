package vn.hopso.meeting.media;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hopso.media.janus.JanusEndpoint;
import vn.hopso.media.janus.RoomSecrets;
import vn.hopso.media.managed.ManagedJanus;
import vn.hopso.media.managed.ManagedJanusSettings;
import vn.hopso.meeting.bus.EventBus;
import vn.hopso.meeting.config.HopsoProperties;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;

/**
 * Video: the Janus named by {@code hopso.media.janus-uri}, otherwise one the server starts itself when Janus is
 * installed, otherwise none (and the health check says so). Each sitting gets its media room while it runs.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean(destroyMethod = "close")
    MediaNode mediaNode(MediaProperties media, HopsoProperties hopso) {
        RoomSecrets secrets = new RoomSecrets(roomSecretKey(media));
        if (media.externalJanus()) {
            return MediaNode.external(JanusEndpoint.of(URI.create(Objects.requireNonNull(media.janusUri())),
                    Optional.ofNullable(media.janusApiSecret()).orElse("")), secrets);
        }
        if (media.managed() == MediaProperties.Managed.FALSE) {
            return MediaNode.none("video is off (hopso.media.managed=false and no hopso.media.janus-uri)", secrets);
        }
        ManagedJanusSettings defaults = ManagedJanusSettings.debian(hopso.dataDir().toAbsolutePath().resolve("janus"));
        ManagedJanusSettings settings = new ManagedJanusSettings(media.janusBinary(), media.janusLibraries(),
                defaults.directory(), 0, media.rtpPortRange(),
                Optional.ofNullable(media.advertisedAddress()).filter(MediaProperties::given),
                defaults.sessionTimeout(), defaults.startTimeout(), defaults.restartDelay());
        return MediaNode.managed(new ManagedJanus(settings), secrets);
    }

    @Bean
    MediaHealthIndicator mediaHealthIndicator(MediaNode media) {
        return new MediaHealthIndicator(media);
    }

    @Bean(destroyMethod = "close")
    SittingMediaRooms sittingMediaRooms(MediaNode media, EventBus bus, ProtocolCodec codec,
            MediaProperties properties) {
        SittingMediaRooms sittings = new SittingMediaRooms(media, codec, properties.maxPublishers());
        sittings.follow(bus);
        return sittings;
    }

    private static byte[] roomSecretKey(MediaProperties media) {
        if (MediaProperties.given(media.roomSecretKey())) {
            return Objects.requireNonNull(media.roomSecretKey()).getBytes(StandardCharsets.UTF_8);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
