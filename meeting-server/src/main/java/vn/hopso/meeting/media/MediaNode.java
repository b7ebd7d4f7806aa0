package vn.hopso.meeting.media;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import vn.hopso.media.domain.MediaEvent;
import vn.hopso.media.domain.MediaEvents;
import vn.hopso.media.domain.MediaRooms;
import vn.hopso.media.janus.JanusEndpoint;
import vn.hopso.media.janus.JanusMediaRooms;
import vn.hopso.media.janus.JanusNode;
import vn.hopso.media.janus.RoomSecrets;
import vn.hopso.media.managed.JanusStatus;
import vn.hopso.media.managed.ManagedJanus;

/**
 * The Janus this server drives, external or managed, or the reason there is none ("video is not installed"): the rest
 * of HọpSố runs either way.
 */
public final class MediaNode implements AutoCloseable {

    /** Whether this server has video, and if not, why. */
    enum Video {
        AVAILABLE,
        NOT_INSTALLED,
        OFF,
        FAILED
    }

    private final Video video;
    private final @Nullable ManagedJanus managed;
    private final @Nullable JanusNode node;
    private final @Nullable JanusMediaRooms rooms;
    private final String absence;
    private final List<MediaEvents> listeners = new CopyOnWriteArrayList<>();

    private MediaNode(Video video, @Nullable ManagedJanus managed, @Nullable JanusEndpoint endpoint,
            RoomSecrets secrets, String absence) {
        this.video = video;
        this.managed = managed;
        this.node = endpoint == null ? null : new JanusNode(endpoint);
        this.rooms = node == null ? null : new JanusMediaRooms(node, secrets, this::relay);
        this.absence = absence;
    }

    static MediaNode external(JanusEndpoint endpoint, RoomSecrets secrets) {
        return new MediaNode(Video.AVAILABLE, null, endpoint, secrets, "");
    }

    /** Starts the managed Janus; when it is not installed (or does not start) there is no video. */
    static MediaNode managed(ManagedJanus janus, RoomSecrets secrets) {
        JanusStatus status = janus.start();
        return switch (status) {
            case JanusStatus.Running running -> new MediaNode(Video.AVAILABLE, janus, running.endpoint(), secrets, "");
            case JanusStatus.NotInstalled missing -> {
                janus.close();
                yield new MediaNode(Video.NOT_INSTALLED, null, null, secrets, missing.howToInstall());
            }
            default -> {
                janus.close();
                yield new MediaNode(Video.FAILED, null, null, secrets, "Janus did not start: " + status);
            }
        };
    }

    static MediaNode none(String why, RoomSecrets secrets) {
        return new MediaNode(Video.OFF, null, null, secrets, why);
    }

    /** The rooms of this node's Janus; empty when there is no video. */
    public Optional<MediaRooms> rooms() {
        return Optional.ofNullable(rooms);
    }

    /** The managed Janus' process while it runs (operators and tests watch it; it is restarted when it dies). */
    public Optional<ProcessHandle> managedProcess() {
        return managed().flatMap(ManagedJanus::process);
    }

    void listen(MediaEvents listener) {
        listeners.add(listener);
    }

    Optional<JanusNode> janus() {
        return Optional.ofNullable(node);
    }

    Optional<ManagedJanus> managed() {
        return Optional.ofNullable(managed);
    }

    Video video() {
        return video;
    }

    /** Why there is no video (empty when there is). */
    String absence() {
        return absence;
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
        if (managed != null) {
            managed.close();
        }
    }

    private void relay(MediaEvent event) {
        listeners.forEach(listener -> listener.on(event));
    }
}
