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
import vn.hopso.meeting.realtime.MediaSignalling;
import vn.hopso.meeting.realtime.protocol.ProtocolCodec;
import vn.hopso.meeting.site.SiteStore;
import vn.hopso.meeting.sitting.AttendanceStore;
import vn.hopso.meeting.sitting.SittingStore;

/**
 * Video: the Janus named by {@code hopso.media.janus-uri}, otherwise one the server starts itself when Janus is
 * installed, otherwise none (and the health check says so). Each sitting gets its media room while it runs; sockets
 * negotiate their media through our WebSocket ({@link MediaSignals}) and the floor opens the microphone.
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

    @Bean(destroyMethod = "close")
    SittingVideo sittingVideo(MediaNode media, EventBus bus, ProtocolCodec codec) {
        SittingVideo video = new SittingVideo(media);
        if (media.rooms().isPresent()) {
            media.listen(video);
            bus.subscribe(new FloorFollower(video, codec));
        }
        return video;
    }

    @Bean
    MediaSignalling mediaSignalling(SittingStore sittings, AttendanceStore attendance, SiteStore sites,
            SittingVideo video) {
        return new MediaSignals(sittings, new MediaIdentities(attendance, sites), video);
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
