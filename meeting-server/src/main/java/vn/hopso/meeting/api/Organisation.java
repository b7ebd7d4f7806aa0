package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A council, a people's committee, a department. {@code quorumNumerator / quorumDenominator}: the share of the total
 * of elected delegates that must be present to hold a sitting (a council's; two thirds unless set).
 */
public record Organisation(UUID id, String name, OrganisationKind kind, String level, @Nullable UUID parentId,
        long version, int quorumNumerator, int quorumDenominator) {
}
