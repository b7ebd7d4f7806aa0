package vn.hopso.meeting.api;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's role in an organisation. {@code username} is shown to the secretariat and admins only; the mandate dates
 * are a delegate's (open ends: unknown or still running), and so is the site they attend at when the council meets
 * across sites.
 */
public record Member(UUID membershipId, UUID personId, String fullName, @Nullable String title, Role role,
        @Nullable UUID delegationId, @Nullable String delegationName, @Nullable String username,
        long version, @Nullable LocalDate mandateFrom, @Nullable LocalDate mandateUntil, @Nullable UUID siteId,
        @Nullable String siteName) {
}
