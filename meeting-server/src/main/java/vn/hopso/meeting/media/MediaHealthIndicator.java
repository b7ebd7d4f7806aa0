package vn.hopso.meeting.media;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import vn.hopso.media.managed.JanusStatus;

/**
 * Video under {@code /actuator/health} as the {@code media} component: UP with "not installed" (and how to install
 * it) or "off" when there is no Janus, for the rest of HọpSố works; UP with Janus' version when it answers; DOWN when
 * the Janus we drive does not answer or a managed one did not start.
 */
class MediaHealthIndicator extends AbstractHealthIndicator {

    private final MediaNode media;

    MediaHealthIndicator(MediaNode media) {
        super("media health check failed");
        this.media = media;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        switch (media.video()) {
            case NOT_INSTALLED -> builder.up().withDetail("video", "not installed").withDetail("how", media.absence());
            case OFF -> builder.up().withDetail("video", "off").withDetail("why", media.absence());
            case FAILED -> builder.down().withDetail("video", "failed").withDetail("why", media.absence());
            case AVAILABLE -> available(builder);
        }
    }

    private void available(Health.Builder builder) {
        media.managed().ifPresent(managed -> {
            builder.withDetail("janus", "managed");
            if (managed.status() instanceof JanusStatus.Running running) {
                builder.withDetail("restarts", running.restarts());
            } else {
                builder.withDetail("state", managed.status().toString());
            }
        });
        String version = media.janus().orElseThrow().info().path("version_string").asString();
        builder.up().withDetail("video", "available").withDetail("version", version);
    }
}
