package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A roll call of the organisation's sites (điểm danh điểm cầu): open until {@code endedAt}; each site with the time its
 * operator answered ({@code null}: not yet) and the operator's account, for the host to see whether it is connected.
 */
public record RollCall(UUID id, Instant startedAt, @Nullable Instant endedAt, List<SiteAnswer> sites) {

    public record SiteAnswer(UUID siteId, String siteName, @Nullable Instant answeredAt,
            @Nullable UUID operatorAccountId) {
    }
}
