package vn.hopso.meeting.api;

import java.util.List;
import java.util.UUID;

/**
 * One document of a sitting and the elected delegates who may open it now but have not opened its current version.
 *
 * @param entitled how many elected delegates may open it now
 * @param notOpened those of them who have not opened {@code version}, by name
 */
public record UnopenedDocument(UUID documentId, String title, int version, int entitled,
        List<NotOpenedBy> notOpened) {

    /** A delegate who has not opened the document. */
    public record NotOpenedBy(UUID membershipId, String fullName) {
    }
}
