package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hopso.meeting.api.input.Text;

/**
 * Góp ý: a comment on a passage of a document, sent to the secretariat.
 *
 * @param page the page of the document's current version the passage is on
 * @param start where the passage starts in that page's text ({@code PageText.text}), to choose among several places
 *     it occurs; the server finds the quote on the page and keeps where it really is
 * @param quote the passage, as it stands in the page's text (line breaks and spaces may differ)
 * @param visibleToAll also shown to every delegate who may read the document; otherwise to the secretariat only
 */
public record CommentForm(
        @Min(1) @Max(100_000) int page,
        @Min(0) @Max(10_000_000) int start,
        @NotBlank @Size(max = 1000) @Text(multiline = true) String quote,
        @NotBlank @Size(max = 4000) @Text(multiline = true) String text,
        boolean visibleToAll) {
}
