package vn.hopso.meeting.bus;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.OrganisationList;
import vn.hopso.meeting.api.UploadStage;

/**
 * Tells every node that access changed, so each applies it to its open WebSockets at once instead of at the next
 * heartbeat (which still catches a notice lost on the way); or that one of an organisation's lists changed, so that
 * the screens showing it load it again (a screen that was offline loads it again when it reconnects); or how far the
 * processing of someone's upload has got.
 */
public sealed interface Notice {

    /** A browser session ended (logout): its sockets close. */
    record SessionEnded(String sessionId) implements Notice {
    }

    /** Every session of an account ended (password changed or reset, account disabled), but {@code kept}. */
    record AccountSessionsEnded(UUID accountId, @Nullable String kept) implements Notice {
    }

    /** An account's roles changed: what its sockets follow, and see, is checked again. */
    record RolesChanged(UUID accountId) implements Notice {
    }

    /** Who may follow a sitting changed (it became closed): its subscribers are checked again. */
    record SittingAccessChanged(UUID sittingId) implements Notice {
    }

    /**
     * A file the account is uploading moved on (it may be served by another node than the account's sockets):
     * {@code page} of {@code pages} read while {@link UploadStage#READING}, both 0 before.
     */
    record UploadProgress(UUID accountId, UUID uploadId, UploadStage stage, int page, int pages) implements Notice {
    }

    /** Something in one of the organisation's lists was added, changed or removed. */
    record OrganisationChanged(UUID organisationId, OrganisationList list) implements Notice {
    }
}
