package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;
import vn.hopso.meeting.api.input.YearRange;

/** A new sitting, or an edit of one: then {@code version} is the version the edit was made from. */
public record SittingForm(
        @NotBlank @Size(max = 200) @Text String title,
        @NotNull @YearRange Instant startsAt,
        @Nullable @YearRange Instant endsAt,
        @Nullable @Size(max = 200) @Text String place,
        boolean closed,
        @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version) {
}
