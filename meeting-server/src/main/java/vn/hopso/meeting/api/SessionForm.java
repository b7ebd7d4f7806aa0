package vn.hopso.meeting.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record SessionForm(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Min(1) @Max(999) Integer number,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {
}
