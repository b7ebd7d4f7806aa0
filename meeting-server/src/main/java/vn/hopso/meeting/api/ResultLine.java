package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The result for one person on the ballot ({@code nomineeId}, {@code name}), or for the motion itself (both null):
 * the count of each mark and the outcome, as a stable code and in words ("Thông qua", "Trúng cử", "Có thể xin từ
 * chức", …).
 */
public record ResultLine(@Nullable UUID nomineeId, @Nullable String name, List<ResultCount> counts, String outcome,
        String outcomeLabel) {
}
