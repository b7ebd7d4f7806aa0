package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.hopso.meeting.api.input.Text;
import vn.hopso.meeting.api.input.YearRange;

/** A new session, or an edit of one: then {@code version} is the version the edit was made from. */
public record SessionForm(
        @NotBlank @Size(max = 200) @Text String name,
        @Nullable @Min(1) @Max(999) Integer number,
        @NotNull @YearRange LocalDate startsOn,
        @NotNull @YearRange LocalDate endsOn,
        @Nullable @Min(0) @Max(Integer.MAX_VALUE) Long version) {
}
