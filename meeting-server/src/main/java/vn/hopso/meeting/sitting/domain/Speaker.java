package vn.hopso.meeting.sitting.domain;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who asks to speak: an elected delegate (their membership), or a site of a briefing (điểm cầu), asked for by its
 * operator. {@code accountId} is the account that asked and may withdraw; the names are kept as they were.
 */
public record Speaker(@Nullable UUID membershipId, @Nullable UUID siteId, UUID accountId, String fullName,
        @Nullable String delegationName) {

    public Speaker {
        if ((membershipId == null) == (siteId == null)) {
            throw new IllegalArgumentException("a speaker is a delegate or a site");
        }
        Objects.requireNonNull(accountId, "accountId");
    }

    public static Speaker delegate(Attendance.Delegate delegate) {
        return new Speaker(delegate.membershipId(), null, delegate.accountId(), delegate.fullName(),
                delegate.delegationName());
    }

    public static Speaker site(UUID siteId, String siteName, UUID operatorAccountId) {
        return new Speaker(null, siteId, operatorAccountId, siteName, null);
    }

    /** The same delegate, or the same site. */
    public boolean sameAs(Speaker other) {
        return Objects.equals(membershipId, other.membershipId) && Objects.equals(siteId, other.siteId);
    }
}
