package vn.hopso.documents.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reader's private annotation: a highlighted passage of a page, with a note of their own or none. Only its author
 * ever sees it; it stays on the version it was made on.
 *
 * @param documentVersion the version the passage was found on
 * @param note the reader's words, empty for a highlight alone
 * @param version counts the edits, so that two of the author's own screens do not overwrite each other unknowingly
 */
public record Annotation(UUID id, UUID documentId, int documentVersion, Passage passage, UUID authorId,
        HighlightColour colour, String note, Instant createdAt, Instant updatedAt, long version) {

    /** The longest note, in UTF-16 units. */
    public static final int MAX_NOTE = 2000;

    public Annotation {
        Objects.requireNonNull(passage);
        Objects.requireNonNull(colour);
        Objects.requireNonNull(note);
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note of " + note.length() + " characters");
        }
    }

    /** A new annotation on {@code passage} of the version {@code documentVersion}. */
    public static Annotation made(UUID id, UUID documentId, int documentVersion, Passage passage, UUID authorId,
            HighlightColour colour, String note, Instant at) {
        return new Annotation(id, documentId, documentVersion, passage, authorId, colour, note.strip(), at, at, 0);
    }

    /** The same passage in another colour or with other words. */
    public Annotation edited(HighlightColour newColour, String newNote, Instant at) {
        return new Annotation(id, documentId, documentVersion, passage, authorId, newColour, newNote.strip(),
                createdAt, at, version + 1);
    }

    public boolean hasNote() {
        return !note.isEmpty();
    }
}
