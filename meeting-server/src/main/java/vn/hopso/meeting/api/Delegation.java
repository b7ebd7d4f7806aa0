package vn.hopso.meeting.api;

import java.util.UUID;

/** Tổ đại biểu: a group of delegates. */
public record Delegation(UUID id, UUID organisationId, String name) {
}
