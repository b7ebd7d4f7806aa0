package vn.hopso.documents.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One uploaded file of a document. The bytes are kept unchanged under their SHA-256 ({@link BlobStore}); what was
 * read from them is kept here.
 *
 * @param number 1 for the first upload, then one more for each replacement
 * @param fileName the name as the uploader's computer gave it, kept exactly (never used to store anything)
 * @param sha256 lower-case hex digest of the original bytes: their address in the blob store
 * @param searchableText whether any page has a text layer; a scan has none ("không có lớp chữ để tìm kiếm")
 */
public record Version(UUID documentId, int number, FileName fileName, String sha256, ContentType type, long bytes,
        int pages, boolean searchableText, Instant uploadedAt, UUID uploadedBy) {

    public Version {
        Objects.requireNonNull(fileName);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        if (number < 1 || pages < 1 || bytes < 1) {
            throw new IllegalArgumentException("a version has a number, pages and bytes");
        }
    }
}
