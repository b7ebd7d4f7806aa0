package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notice shown prominently until the reader dismisses it ("Tạm nghỉ 15 phút"); {@code site*}: for one site. */
public record SittingNotice(UUID id, NoticeAudience audience, @Nullable UUID siteId, @Nullable String siteName,
        String text, Instant sentAt) {
}
