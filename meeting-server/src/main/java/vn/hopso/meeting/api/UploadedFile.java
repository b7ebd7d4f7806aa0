package vn.hopso.meeting.api;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One file of an upload and what became of it; the others of the same upload do not depend on it. */
public record UploadedFile(String fileName, UploadStatus status, @Nullable UUID documentId, @Nullable Integer pages,
        @Nullable Boolean searchableText, @Nullable String code, @Nullable String message) {
}
