package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;

/**
 * A private annotation: a passage of a page of the document's current version to highlight, with a note or none.
 *
 * @param start where the passage starts in that page's text ({@code PageText.text}), to choose among several places
 *     it occurs; the server finds the quote on the page and keeps where it really is
 * @param quote the passage, as it stands in the page's text (line breaks and spaces may differ)
 * @param note the reader's words; none or empty for a highlight alone
 */
public record AnnotationForm(
        @Min(1) @Max(100_000) int page,
        @Min(0) @Max(10_000_000) int start,
        @NotBlank @Size(max = 1000) @Text(multiline = true) String quote,
        @NotNull HighlightColour colour,
        @Nullable @Size(max = 2000) @Text(multiline = true) String note) {
}
