package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;

/** One reader's opening of one version of a document: when first and last, how often, and the furthest page seen. */
public record ReadReceipt(UUID accountId, String fullName, int version, Instant firstOpenedAt, Instant lastOpenedAt,
        int opens, int furthestPage) {
}
