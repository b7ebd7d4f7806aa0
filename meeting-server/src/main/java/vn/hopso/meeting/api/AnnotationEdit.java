package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;

/**
 * A new colour or note for one's annotation; its passage stays.
 *
 * @param note none or empty leaves the highlight alone
 * @param version the annotation's version the edit was made from
 */
public record AnnotationEdit(
        @NotNull HighlightColour colour,
        @Nullable @Size(max = 2000) @Text(multiline = true) String note,
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) Long version) {
}
