package vn.hopso.meeting.api;

import java.util.UUID;

/** A site by its name: one that the caller operates. */
public record SiteRef(UUID siteId, String name) {
}
