package vn.hopso.meeting.bus;

import java.util.Optional;
import java.util.UUID;
import vn.hopso.meeting.access.Recipients;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.UploadStage;

/**
 * The text form of bus messages between nodes, space separated with the free-form part last: {@code E origin
 * sittingId seq recipients frame} for an event, {@code N origin kind value [value]} for a notice.
 */
final class BusCodec {

    /** What came over the channel, from another node or from this one (then to be ignored). */
    sealed interface Received {
        UUID origin();
    }

    record ReceivedEvent(UUID origin, BusEvent event) implements Received {
    }

    record ReceivedNotice(UUID origin, Notice notice) implements Received {
    }

    private BusCodec() {
    }

    static String encode(UUID origin, BusEvent event) {
        return "E " + origin + " " + event.sittingId() + " " + event.seq() + " " + event.recipients().encode() + " "
                + event.frame();
    }

    static String encode(UUID origin, Notice notice) {
        String body = switch (notice) {
            case Notice.SessionEnded ended -> "session " + ended.sessionId();
            case Notice.AccountSessionsEnded ended -> "account " + ended.accountId()
                    + (ended.kept() == null ? "" : " " + ended.kept());
            case Notice.RolesChanged changed -> "roles " + changed.accountId();
            case Notice.SittingAccessChanged changed -> "sitting " + changed.sittingId();
            case Notice.OrganisationChanged changed -> "organisation " + changed.organisationId() + " "
                    + changed.list().name();
            case Notice.UploadProgress progress -> "upload " + progress.accountId() + " " + progress.uploadId() + " "
                    + progress.stage().name() + " " + progress.page() + " " + progress.pages();
        };
        return "N " + origin + " " + body;
    }

    /** Empty for anything malformed: a message on the channel that no HọpSố node wrote. */
    static Optional<Received> decode(String message) {
        try {
            String[] head = message.split(" ", 3);
            UUID origin = UUID.fromString(head[1]);
            return Optional.of(switch (head[0]) {
                case "E" -> {
                    String[] parts = head[2].split(" ", 4);
                    yield new ReceivedEvent(origin, new BusEvent(UUID.fromString(parts[0]), Long.parseLong(parts[1]),
                            Recipients.decode(parts[2]), parts[3]));
                }
                case "N" -> new ReceivedNotice(origin, notice(head[2].split(" ")));
                default -> throw new IllegalArgumentException("unknown bus message kind " + head[0]);
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Notice notice(String[] parts) {
        return switch (parts[0]) {
            case "session" -> new Notice.SessionEnded(parts[1]);
            case "account" -> new Notice.AccountSessionsEnded(UUID.fromString(parts[1]),
                    parts.length > 2 ? parts[2] : null);
            case "roles" -> new Notice.RolesChanged(UUID.fromString(parts[1]));
            case "sitting" -> new Notice.SittingAccessChanged(UUID.fromString(parts[1]));
            case "organisation" -> new Notice.OrganisationChanged(UUID.fromString(parts[1]),
                    OrganisationList.valueOf(parts[2]));
            case "upload" -> new Notice.UploadProgress(UUID.fromString(parts[1]), UUID.fromString(parts[2]),
                    UploadStage.valueOf(parts[3]), Integer.parseInt(parts[4]), Integer.parseInt(parts[5]));
            default -> throw new IllegalArgumentException("unknown notice " + parts[0]);
        };
    }
}
