package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;

/** A new agenda item, or an edit of one: then {@code version} is the version the edit was made from. */
public record AgendaItemForm(
        @NotBlank @Size(max = 300) @Text String title,
        @Nullable @Size(max = 4000) @Text(multiline = true) String description,
        @Nullable @Size(max = 200) @Text String presenter,
        @Nullable @Min(1) @Max(600) Integer estimatedMinutes,
        boolean closed,
        @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version) {
}
