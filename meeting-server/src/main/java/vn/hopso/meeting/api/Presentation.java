package vn.hopso.meeting.api;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page of a document shown on the hall display and to those who follow it (trình chiếu). To a viewer who may not
 * read the document only that a presentation is on: {@code documentId}, {@code title}, {@code page}, {@code pages}
 * and {@code version} are null. {@code version}: the document's version shown, which changes when it is replaced. {@code hall}: the hall display shows the page, the document being public.
 */
public record Presentation(@Nullable UUID documentId, @Nullable String title, @Nullable Integer page,
        @Nullable Integer pages, @Nullable Integer version, boolean hall, Instant since) {
}
